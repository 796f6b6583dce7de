package cn.safety.enforcement.web.keep;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.view.RedirectView;

import java.util.regex.Pattern;

/**
 * A form kept in the browser (keep.js) sends its key as {@value #PARAMETER}. When the server accepted the submission,
 * it answers with a redirect (post/redirect/get); the page it redirects to then carries the key as the flash attribute
 * {@value #ATTRIBUTE} (the layout renders it as {@code data-kept-saved}) and the browser forgets the form. A refusal
 * draws the form again with no such mark, and the browser keeps what was typed.
 */
@Configuration(proxyBeanMethods = false)
class KeptFormConfirmation implements WebMvcConfigurer, HandlerInterceptor {

    static final String PARAMETER = "_keep";
    static final String ATTRIBUTE = "keptSaved";
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                           ModelAndView result) {
        String key = request.getParameter(PARAMETER);
        if (result == null || key == null || !KEY.matcher(key).matches() || !"POST".equals(request.getMethod())
                || !redirects(result)) {
            return;
        }
        RequestContextUtils.getOutputFlashMap(request).put(ATTRIBUTE, key);
    }

    private static boolean redirects(ModelAndView result) {
        return result.getView() instanceof RedirectView
                || (result.getViewName() != null && result.getViewName().startsWith("redirect:"));
    }
}
