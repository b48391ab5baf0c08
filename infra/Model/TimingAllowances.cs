namespace Netra.Infra.Model;

/// <summary>
/// The waits of an `up` that neither Google nor the provider bounds, as allowances the plan counts.
/// <see cref="Engine"/>: Pulumi's own work before the first change (refreshes, preview). <see cref="RevisionStart"/>:
/// Cloud Run placing a new revision's instance and starting its container, before the startup probe's first poll.
/// <see cref="ServiceUpdate"/>: a Cloud Run service update that starts no revision (traffic, service-level scaling).
/// </summary>
public sealed record TimingAllowances(TimingAllowance Engine, TimingAllowance RevisionStart, TimingAllowance ServiceUpdate)
{
    public const string EngineKey = "engine";
    public const string RevisionStartKey = "revisionStart";
    public const string ServiceUpdateKey = "serviceUpdate";

    public IEnumerable<TimingAllowance> All => [Engine, RevisionStart, ServiceUpdate];
}
