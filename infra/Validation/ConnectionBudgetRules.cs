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
            }
        }
    }
}
