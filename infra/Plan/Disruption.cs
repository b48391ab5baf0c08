namespace Netra.Infra.Plan;

/// <summary>What a change does to the running environment, from least to most disruptive.</summary>
public enum Disruption
{
    None,
    InPlace,
    TrafficShift,
    NewRevision,
    Create,
    Restart,
    Delete,
    Replace,
}
