package cn.safety.enforcement.web.session;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How long sessions live beyond the signed-in idle timeout ({@code server.servlet.session.timeout}).
 *
 * @param anonymousTimeout idle timeout of a session that nobody has signed in to (none is made by the pages, but a
 *                         session created for any other reason must not live the working day)
 * @param touchInterval    the last access of a session is written when it is at least this old, not on every
 *                         request; the idle timeout is then measured from a time at most this much earlier
 */
@ConfigurationProperties("enforcement.sessions")
record SessionSettings(@DefaultValue("PT10M") Duration anonymousTimeout, @DefaultValue("PT1M") Duration touchInterval) {
}
