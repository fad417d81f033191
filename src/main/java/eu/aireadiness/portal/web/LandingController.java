package eu.aireadiness.portal.web;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Where a signed-in account lands ({@code /}, the page the sign-in leads to): its role's own area. An account has
 * one role; the order only matters for an account given several authorities by other means (a test's user).
 */
@Controller
class LandingController {

    @GetMapping("/")
    String landing(Authentication account) {
        if (has(account, "ROLE_ADMIN")) {
            return "redirect:/admin";
        }
        if (has(account, "ROLE_PUBLISHER")) {
            return "redirect:/publisher";
        }
        if (has(account, "ROLE_OFFICER")) {
            return "redirect:/officer";
        }
        return "redirect:/login";
    }

    private static boolean has(Authentication account, String authority) {
        return account != null && account.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(authority::equals);
    }
}
