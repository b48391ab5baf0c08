namespace Netra.Infra.Timing;

/// <summary>Where an operation sits in an `up`, for the time to relief.</summary>
public enum OperationRole
{
    /// <summary>Changes what serves users (a Cloud Run service): relief comes when it takes effect.</summary>
    Serves,

    /// <summary>Something a serving change may wait for (a connector, a grant, a wait).</summary>
    Prepares,

    /// <summary>A deletion: Pulumi runs them last, after relief.</summary>
    CleansUp,
}
