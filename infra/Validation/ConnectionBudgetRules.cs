using Netra.Infra.Capacity;
using Netra.Infra.Diagnostics;

namespace Netra.Infra.Validation;

/// <summary>Every profile's services must fit the database's connections at full scale-out.</summary>
public static class ConnectionBudgetRules
{
    public static void Check(ValidationContext context)
    {
        foreach (var profile in context.Environment.Profiles.Values)
        {
            var path = $"profiles.{profile.Name}";
            if (context.IsBroken("database") || profile.Services.Keys.Any(s => context.IsBroken($"{path}.services.{s}")))
            {
                continue;
            }

            var budget = ConnectionBudget.For(context.Environment, profile);
            if (!budget.Fits && budget.MaxConnections > 0)
            {
                context.Error(DiagnosticCodes.SqlConnectionBudget, $"{path}.services",
                    $"the database connection budget does not fit: {budget.Summary}; lower databasePool sizes or maxInstances first, raise max_connections only within the tier's limit");
                continue;
            }

            // A deploy (or any template change) runs the service's old and new revisions side by side until the old
            // one drains: the outage's "dual revision" state. The profile must hold it for each service in turn.
            foreach (var role in profile.Services.Where(s => s.Value.DatabasePool is not null).Select(s => s.Key).Order(StringComparer.Ordinal))
            {
                var rollout = SwitchConnections.Rollout(context.Environment, profile, role);
                if (!rollout.Fits && rollout.MaxConnections > 0)
                {
                    context.Error(DiagnosticCodes.SqlConnectionBudget, $"{path}.services.{role}.databasePool",
                        $"a rollout of {role} (a deploy, or any change of its template) holds both revisions' pools until the old one drains: {rollout.Summary}; lower {role}'s pool or maxInstances");
                }
            }
        }
    }
}
