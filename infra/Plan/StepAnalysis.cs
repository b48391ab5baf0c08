using Netra.Infra.Capacity;
using Netra.Infra.Components;
using Netra.Infra.Model;
using Netra.Infra.Resources;
using Netra.Infra.Timing;

namespace Netra.Infra.Plan;

/// <summary>
/// Everything one `up` between two profiles does, from one diff: what changes, how long it takes (the time to
/// relief among it), and the database connections at its worst moment. The plan shows it and the load-time checks
/// judge it, so the two can never disagree.
/// </summary>
public sealed record StepAnalysis(IReadOnlyList<ResourceChange> Changes, StepTiming Timing, SwitchConnections Connections)
{
    /// <param name="draining">For an incident step, what the incident step before it may have left draining.</param>
    public static StepAnalysis Of(EnvironmentSpec environment, ProfileSpec from, ProfileSpec to, ProgramDeclaration fromProgram, ProgramDeclaration toProgram,
        IReadOnlyDictionary<string, DrainingRevisions.Draining>? draining = null)
    {
        var changes = ProfileDiff.Between(fromProgram, toProgram);
        var timing = StepTiming.Of(StepOperations.Engine(environment), StepOperations.Of(environment, fromProgram, toProgram, changes));
        var newRevisions = environment.Services.Keys
            .Where(role => changes.Any(c => c.Name == CloudRunServiceComponent.LogicalName(role) && ServiceChanges.ChangesServingRevision(c)))
            .ToHashSet(StringComparer.Ordinal);
        return new StepAnalysis(changes, timing, SwitchConnections.For(environment, from, to, newRevisions, draining));
    }
}
