namespace Netra.Infra.Model;

/// <summary>Where an alert's threshold comes from: the data, or the active profile.</summary>
public enum ThresholdSource
{
    /// <summary>`threshold` as written.</summary>
    Fixed,

    /// <summary>The most connections the design holds in the profile, at the worst moment of any runbook step or
    /// rollout touching it (Capacity): above it, something outside the budget holds connections.</summary>
    ConnectionBudget,
}
