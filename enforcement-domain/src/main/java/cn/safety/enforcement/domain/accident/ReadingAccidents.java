package cn.safety.enforcement.domain.accident;

import cn.safety.enforcement.domain.NotFound;
import cn.safety.enforcement.domain.account.UserAccounts;
import cn.safety.enforcement.domain.enterprise.Enterprise;
import cn.safety.enforcement.domain.enterprise.Enterprises;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import cn.safety.enforcement.domain.jurisdiction.JurisdictionPolicy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Reads accidents and duty findings under their enterprise's jurisdiction: one enterprise's (after checking that the
 * reader sees the enterprise, otherwise as if it did not exist), or a page of all the reader's enterprises'.
 */
@Service
@Transactional(readOnly = true)
public class ReadingAccidents {

    public static final int MAX_PAGE = 200;

    private final Accidents accidents;
    private final DutyFindings findings;
    private final Enterprises enterprises;
    private final JurisdictionPolicy policy;
    private final UserAccounts accounts;

    public ReadingAccidents(Accidents accidents, DutyFindings findings, Enterprises enterprises,
                            JurisdictionPolicy policy, UserAccounts accounts) {
        this.accidents = accidents;
        this.findings = findings;
        this.enterprises = enterprises;
        this.policy = policy;
        this.accounts = accounts;
    }

    public Accident get(Actor actor, long id) {
        Accident a = accidents.findById(id).orElseThrow(() -> new NotFound("Accident", id));
        readable(actor, a.getEnterpriseId());
        return a;
    }

    public List<Accident> ofEnterprise(Actor actor, long enterpriseId) {
        readable(actor, enterpriseId);
        return accidents.ofEnterprise(enterpriseId);
    }

    public List<DutyFinding> dutyFindingsOf(Actor actor, long enterpriseId) {
        readable(actor, enterpriseId);
        return findings.ofEnterprise(enterpriseId);
    }

    /** The enterprise file's section: both lists and whether the reader may record. */
    public IncidentRecord recordOf(Actor actor, long enterpriseId) {
        Enterprise e = readable(actor, enterpriseId);
        List<Accident> a = accidents.ofEnterprise(enterpriseId);
        List<DutyFinding> d = findings.ofEnterprise(enterpriseId);
        // a handful of people record at one enterprise: one look-up each
        TreeSet<String> usernames = new TreeSet<>();
        a.forEach(x -> usernames.add(x.getRecordedBy()));
        d.forEach(x -> usernames.add(x.getRecordedBy()));
        Map<String, String> names = new HashMap<>();
        usernames.forEach(u -> accounts.findByUsername(u).ifPresent(account -> names.put(u, account.getFullName())));
        return new IncidentRecord(e, a, d, mayRecord(actor, e), names);
    }

    /** The enterprise to record at, for the forms: refused like the command would refuse it. */
    public Enterprise enterpriseToRecordAt(Actor actor, long enterpriseId) {
        Enterprise e = readable(actor, enterpriseId);
        policy.requireCanAct(actor, e);
        RecordingRights.requireRecords(actor);
        return e;
    }

    public boolean mayRecord(Actor actor, Enterprise e) {
        return policy.canAct(actor, e) && RecordingRights.records(actor);
    }

    /** One page of the accidents of every enterprise the actor sees; {@code after} is the last page's cursor. */
    public AccidentSlice list(Actor actor, String after, int size) {
        int limit = Math.max(1, Math.min(size, MAX_PAGE));
        Long afterId = parseCursor(after);
        List<Accident> rows = accidents.page(policy.scopeFor(actor), afterId, limit + 1);
        if (rows.size() <= limit) {
            return new AccidentSlice(rows, null);
        }
        List<Accident> items = rows.subList(0, limit);
        return new AccidentSlice(List.copyOf(items), String.valueOf(items.get(limit - 1).getId()));
    }

    private Enterprise readable(Actor actor, long enterpriseId) {
        Enterprise e = enterprises.findById(enterpriseId).orElseThrow(() -> new NotFound("Enterprise", enterpriseId));
        policy.requireCanRead(actor, e);
        return e;
    }

    private static Long parseCursor(String after) {
        if (after == null || after.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(after.strip());
        } catch (NumberFormatException e) {
            throw new cn.safety.enforcement.domain.RuleViolation("after", "cursor.invalid");
        }
    }
}
