package uk.police.collaboration.ledger.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Runs after authentication (anonymous included) and puts the reader's {@link Clearance} on the
 * request, always overwriting: the query services filter what they read by it.
 */
final class ClearanceFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        request.setAttribute(CurrentReader.ATTRIBUTE,
                CurrentReader.clearanceOf(SecurityContextHolder.getContext().getAuthentication()));
        chain.doFilter(request, response);
    }
}
