package cn.safety.enforcement.persistence;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How long reference data (the departments and divisions within a division) is kept in memory. A change made on this
 * node is seen at once (the kept data is dropped when the change commits); a change made on another node is seen
 * here after at most {@code referenceDataTtl}.
 *
 * @param referenceDataTtl how long a read is kept
 * @param maximumEntries   how many reads (one per division asked about) each kept cache holds at most
 */
@ConfigurationProperties("enforcement.cache")
public record CacheSettings(@DefaultValue("PT30S") Duration referenceDataTtl,
                            @DefaultValue("5000") long maximumEntries) {
}
