package eu.aireadiness;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class ReadinessIndexApplication {

    public static void main(String[] args) {
        System.exit(SpringApplication.exit(SpringApplication.run(ReadinessIndexApplication.class, args)));
    }
}
