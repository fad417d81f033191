package eu.aireadiness.portal.security;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in form; Spring Security takes its POST. What went wrong is told by the query (see login.html). */
@Controller
class LoginPage {

    private final LoginThrottleSettings throttle;

    LoginPage(LoginThrottleSettings throttle) {
        this.throttle = throttle;
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("throttleMinutes", throttle.window().toMinutes());
        return "login";
    }
}
