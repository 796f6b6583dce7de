/** Sign-in, sessions, throttling, headers and the two filter chains: pages with forms and CSRF, the API with HTTP Basic. */
package cn.safety.enforcement.web.security;
