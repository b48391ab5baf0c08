namespace Netra.Infra.Plan;

/// <summary>What a change does to the running environment, from least to most disruptive.</summary>
public enum Disruption
{
    None,
    InPlace,
    TrafficShift,
    NewRevision,
    Create,

    /// <summary>Who can reach a service changes (ingress, invokers): requests that worked may be refused.</summary>
    Reachability,

    /// <summary>A credential changes: clients holding the old value fail until they pick up the new one.</summary>
    Rotation,
    Restart,
    Delete,
    Replace,
}
