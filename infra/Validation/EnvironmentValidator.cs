using Netra.Infra.Config;
using Netra.Infra.Diagnostics;

namespace Netra.Infra.Validation;

/// <summary>Runs every rule over an environment and all of its profiles, collecting every finding in one pass.</summary>
public static class EnvironmentValidator
{
    public static void Validate(LoadedEnvironment loaded, DiagnosticBag diagnostics)
    {
        var context = new ValidationContext(loaded, diagnostics);
        LocationRules.Check(context);
        SecretRules.Check(context);
        ServiceIdentityRules.Check(context);

        var existing = loaded.Spec.Existing;
        foreach (var role in existing.Connectors.Where(r => !loaded.Spec.Connectors.ContainsKey(r)))
        {
            context.Error(DiagnosticCodes.UnknownReference, "existing.connectors", $"no connector '{role}' in connectors (declared: {string.Join(", ", loaded.Spec.Connectors.Keys)})");
        }

        foreach (var role in existing.Services.Where(r => !loaded.Spec.Services.ContainsKey(r)))
        {
            context.Error(DiagnosticCodes.UnknownReference, "existing.services", $"no service '{role}' in services (declared: {string.Join(", ", loaded.Spec.Services.Keys)})");
        }

        UniqueNameRules.Check(context);
        ConnectorRules.Check(context);
        CloudSqlRules.Check(context);
        CloudSqlNameRules.Check(context);
        CloudRunRules.Check(context);
        ConnectionBudgetRules.Check(context);
        ConnectorThroughputRules.Check(context);
        DirectEgressRules.Check(context);
        EgressRules.Check(context);
        FrontDoorRules.Check(context);
        FrontDoorTlsRules.Check(context);
        NetworkLoggingRules.Check(context);
        CapacityReasonRules.Check(context);
        TransitionRules.Check(context);
        PreconditionRules.Check(context);
        ObservabilityRules.Check(context);

        // Last: it builds each profile's program, which only valid data can be.
        StepRules.Check(context);
        AlertDesignRules.Check(context);
    }
}
