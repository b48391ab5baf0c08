namespace Netra.Infra.Cost;

/// <summary>The prices the cost model can use. A price table may leave any out (then it is "not priced"), but may
/// not name another: a misspelled id would silently price nothing.</summary>
public static class PriceIds
{
    public static string ConnectorInstanceHour(string machineType) => $"connector.{machineType}.instance-hour";

    public const string RunAlwaysAllocatedVcpuSecond = "run.always-allocated.vcpu-second";
    public const string RunAlwaysAllocatedGibSecond = "run.always-allocated.gib-second";
    public const string RunIdleVcpuSecond = "run.request-billed.idle-vcpu-second";
    public const string RunIdleGibSecond = "run.request-billed.idle-gib-second";
    public const string SqlEnterpriseVcpuHour = "sql.enterprise.vcpu-hour";
    public const string SqlEnterpriseGbHour = "sql.enterprise.gb-hour";
    public const string LoadBalancerForwardingRuleHour = "lb.forwarding-rule.hour";
    public const string UptimeCheckExecution = "monitoring.uptime-check.execution";
    public const string AlertingConditionMonth = "monitoring.alerting.condition-month";

    public static IReadOnlyList<string> All { get; } =
    [
        .. Limits.VpcConnectorLimits.MachineTypes.Select(ConnectorInstanceHour),
        RunAlwaysAllocatedVcpuSecond, RunAlwaysAllocatedGibSecond, RunIdleVcpuSecond, RunIdleGibSecond,
        SqlEnterpriseVcpuHour, SqlEnterpriseGbHour, LoadBalancerForwardingRuleHour, UptimeCheckExecution, AlertingConditionMonth,
    ];
}
