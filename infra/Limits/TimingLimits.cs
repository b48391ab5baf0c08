namespace Netra.Infra.Limits;

/// <summary>
/// The documented limits that bound how long an `up` waits. Google gives no durations for connector or revision
/// operations, so the bounds are the limits that end the waits: the provider's operation timeouts and the startup
/// probe's window (<see cref="CloudRunLimits.StartupWindowSeconds"/>).
/// </summary>
public static class TimingLimits
{
    /// <summary>
    /// The provider gives up on a create, update or delete after 20 minutes, for connectors and Cloud Run services
    /// alike (magic-modules mmv1/products/vpcaccess/Connector.yaml and mmv1/products/cloudrunv2/Service.yaml,
    /// timeouts insert/update/delete_minutes: 20; TPG schema.DefaultTimeout(20 * time.Minute)).
    /// </summary>
    public const int ProviderOperationSeconds = 20 * 60;

    /// <summary>
    /// After sending a change, the provider checks the operation once at once, then every 10 s
    /// (TPG google/transport/config.go: "Set default of 10s" PollInterval; google/tpgresource/common_operation.go
    /// OperationWait), so Pulumi sees an operation done up to 10 s after it is.
    /// </summary>
    public const int ProviderPollSeconds = 10;

    /// <summary>An allowance is one wait inside one `up`: at most what the provider waits for an operation.</summary>
    public static readonly IntRange AllowanceSeconds = new(0, ProviderOperationSeconds, "the provider's 20 min operation timeout (magic-modules Connector.yaml, Service.yaml)");

    /// <summary>An incident step's relief budget: at least a second, at most an hour.</summary>
    public static readonly IntRange ReliefBudgetSeconds = new(1, 3600, "our decision: a step that takes over an hour is not an incident step");
}
