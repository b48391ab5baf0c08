using Netra.Infra.Config;
using Netra.Infra.Diagnostics;
using Netra.Infra.Model;
using Netra.Infra.OneTimeSteps;
using Netra.Infra.Plan;
using Netra.Infra.Validation;

namespace Netra.Infra.Tests.Support;

/// <summary>The real staging data with a one-time step made, and a step's plan, read and validated as the program does.</summary>
public static class StepData
{
    public static IEnumerable<object[]> Names() => Programs.StagingEnvironment().OneTimeSteps.Select(s => new object[] { s.Name });

    /// <summary>stacks/staging.yaml with the step's values set, and every finding of reading and validating it.</summary>
    public static (EnvironmentSpec Environment, IReadOnlyList<Diagnostic> Diagnostics) After(string name)
    {
        var staging = Programs.StagingEnvironment();
        var diagnostics = new DiagnosticBag();
        var loaded = EnvironmentFileLoader.LoadAfter(Repo.Root, "staging", staging.OneTimeSteps.Single(s => s.Name == name), diagnostics)
            ?? throw new InvalidOperationException(string.Join("\n", diagnostics.Items));
        EnvironmentValidator.Validate(loaded, diagnostics);
        return (loaded.Spec, diagnostics.Items);
    }

    /// <summary>The step's plan on the normal profile; throws with the reasons when the file with it would be refused.</summary>
    public static PlanStep Plan(string name, Cost.PriceTable? prices = null) => Plan(Programs.StagingEnvironment().OneTimeSteps.Single(s => s.Name == name), prices);

    public static PlanStep Plan(OneTimeStep step, Cost.PriceTable? prices = null)
    {
        var staging = Programs.StagingEnvironment();
        var (planned, diagnostics) = OneTimeStepPlanner.Build(Repo.Root, staging, staging.Profiles["normal"], step, prices);
        return planned ?? throw new InvalidOperationException(string.Join("\n", diagnostics));
    }

    public static Cost.PriceTable Prices() =>
        Cost.PriceTable.Load(Repo.Root, "us-central1", new DiagnosticBag()) ?? throw new InvalidOperationException("no price table for us-central1");
}
