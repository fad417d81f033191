package eu.aireadiness.service;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.server.servlet.context.ServletWebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * The line an operator waits for after {@code serve}: where the portal answers, once the web server listens, so that
 * the console does not fall silent after "starting" with nothing to say the service is up.
 */
@Component
@ConditionalOnProperty(name = "readiness.command", havingValue = "serve")
class ServingLine implements ApplicationListener<ServletWebServerInitializedEvent> {

    private static final Logger log = LoggerFactory.getLogger(ServingLine.class);

    private final String address;
    private final boolean quiet;

    ServingLine(@Value("${server.address:127.0.0.1}") String address, @Value("${readiness.quiet:false}") boolean quiet) {
        this.address = address;
        this.quiet = quiet;
    }

    @Override
    public void onApplicationEvent(ServletWebServerInitializedEvent event) {
        String line = "serving the portal on " + url(address, event.getWebServer().getPort())
                + " (Ctrl+C stops it; /actuator/health tells its state)";
        log.info(line);
        if (!quiet) {
            System.out.println(line);
        }
    }

    static String url(String address, int port) {
        String host = address;
        try {
            InetAddress resolved = InetAddress.getByName(address);
            if (resolved.isAnyLocalAddress()) {
                host = InetAddress.getLocalHost().getHostName();
            } else if (resolved instanceof Inet6Address) {
                host = "[" + resolved.getHostAddress() + "]";
            }
        } catch (UnknownHostException e) {
            host = address; // checked before Spring started; kept as written
        }
        return "http://" + host + ":" + port + "/";
    }
}
