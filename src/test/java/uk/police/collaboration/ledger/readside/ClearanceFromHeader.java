package uk.police.collaboration.ledger.readside;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.web.filter.OncePerRequestFilter;
import uk.police.collaboration.ledger.access.Clearance;

import java.io.IOException;

/** Test only: the reader's clearance from a header, standing in for the security filter. */
@TestConfiguration(proxyBeanMethods = false)
public class ClearanceFromHeader {

    public static final String HEADER = "X-Test-Clearance";

    @Bean
    OncePerRequestFilter clearanceFromHeader() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                String clearance = request.getHeader(HEADER);
                if (clearance != null) {
                    request.setAttribute(ReaderClearance.ATTRIBUTE, Clearance.valueOf(clearance));
                }
                chain.doFilter(request, response);
            }
        };
    }
}
