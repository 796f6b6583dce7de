package cn.safety.enforcement.domain.plan.rule;

import cn.safety.enforcement.domain.enterprise.OperatingStatus;
import cn.safety.enforcement.domain.plan.EnterpriseFacts;
import cn.safety.enforcement.domain.plan.PlanParameters;
import cn.safety.enforcement.domain.plan.Reason;

import java.util.Optional;

/**
 * 002§(二): 停产整顿、技改基建、关闭退出 — a dynamic trigger, named by the status: {@code SUSPENDED}, {@code RENOVATING},
 * {@code CLOSED}.
 */
public final class SuspendedRenovatingOrClosed implements PlanRule {

    @Override
    public boolean dynamic() {
        return true;
    }

    @Override
    public Optional<Reason> reasonFor(EnterpriseFacts f, PlanParameters p) {
        if (f.status() == null) {
            return Optional.empty();
        }
        return switch (f.status()) {
            case SUSPENDED -> Optional.of(new Reason(OperatingStatus.SUSPENDED.name(), "停产整顿"));
            case RENOVATING -> Optional.of(new Reason(OperatingStatus.RENOVATING.name(), "技改基建"));
            case CLOSED -> Optional.of(new Reason(OperatingStatus.CLOSED.name(), "关闭退出"));
            case OPERATING -> Optional.empty();
        };
    }
}
