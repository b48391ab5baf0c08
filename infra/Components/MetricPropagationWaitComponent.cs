using Netra.Infra.Resources;

namespace Netra.Infra.Components;

/// <summary>
/// A wait between creating log-based metrics and the alert policies that read them: a policy created right
/// after its metric fails with 404 "could take up to 10 minutes to become available" (TPG#11102), and
/// `dependsOn` alone only orders the calls. The wait runs when it is created, so only on the first `up` (or
/// when the metrics change); later runs do not wait.
/// </summary>
public static class MetricPropagationWaitComponent
{
    public const string Type = "time:index:Sleep";
    public const string LogicalName = "log-metrics-propagation";

    public static ResourceDeclaration Declare(int seconds, IReadOnlyList<ReferenceValue> metrics) => new(
        LogicalName,
        Type,
        new MapValue { { "createDuration", $"{seconds}s" } },
        new ResourceOptions { Provider = ProviderCatalog.Time.Reference, DependsOn = metrics },
        [$"Waits {seconds} s after the log-based metrics are created, so that their alert policies find them (TPG#11102)."]);
}
