using Netra.Infra.Components;
using Netra.Infra.Config;
using Netra.Infra.Cost;
using Netra.Infra.Diagnostics;
using Netra.Infra.Model;
using Netra.Infra.Plan;
using Netra.Infra.Validation;

namespace Netra.Infra.OneTimeSteps;

/// <summary>
/// Plans a one-time step on the profile the stack runs: the environment file as it is, against the same file with the
/// step's values set, read and validated like any change. The same diff, disruption, timing and connection rules as a
/// profile switch, so a rotation or an identity switch is seen for what it is before anyone merges it.
/// </summary>
public static class OneTimeStepPlanner
{
    /// <summary>The step's plan; null with the reasons when the file with the step's values would be refused.</summary>
    public static (PlanStep? Step, IReadOnlyList<Diagnostic> Diagnostics) Build(string root, EnvironmentSpec environment, ProfileSpec profile, OneTimeStep step, PriceTable? prices)
    {
        var diagnostics = new DiagnosticBag();
        var loaded = EnvironmentFileLoader.LoadAfter(root, environment.Name, step, diagnostics);
        if (loaded is not null)
        {
            EnvironmentValidator.Validate(loaded, diagnostics);
        }

        if (loaded is null || diagnostics.HasErrors)
        {
            return (null, diagnostics.Items);
        }

        var after = loaded.Spec;
        var afterProfile = after.Profiles[profile.Name];
        var analysis = StepAnalysis.Of(after, profile, afterProfile,
            StackProgram.Build(new Deployment(environment, profile)), StackProgram.Build(new Deployment(after, afterProfile)));
        var command = $"set {step.SetsText} in {environment.File.DisplayName} (a pull request of its own), then {ProfileFiles.PulumiCommand(root, "up", environment.Name, profile.Name)}";
        return (new PlanStep(
            profile.Name,
            $"{profile.Name} after {step.Name}",
            null,
            command,
            analysis,
            [],
            prices is null ? null : CostModel.For(environment, profile, prices),
            prices is null ? null : CostModel.For(after, afterProfile, prices)), diagnostics.Items);
    }

    /// <summary>Whether the step is made already: the file holds its values, so its plan changes nothing.</summary>
    public static bool IsDone(PlanStep step) => step.Changes.Count == 0;
}
