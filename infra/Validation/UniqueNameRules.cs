using Netra.Infra.Diagnostics;

namespace Netra.Infra.Validation;

/// <summary>
/// A GCP name belongs to one resource. Two declarations of one type with the same name are two Pulumi resources for
/// one GCP object: the second create fails with 409 ALREADY_EXISTS, and on an import both would own it, each undoing
/// the other's changes. Secrets and log-based metrics are named by their keys, which YAML already keeps unique.
/// </summary>
public static class UniqueNameRules
{
    public static void Check(ValidationContext context)
    {
        var environment = context.Environment;
        Distinct(context, "Cloud Run services", "in one region",
            environment.Services.Select(s => ($"services.{s.Key}", $"services.{s.Key}.name", s.Value.Name)));
        Distinct(context, "Serverless VPC Access connectors", "in one region",
            environment.Connectors.Select(c => ($"connectors.{c.Key}", $"connectors.{c.Key}.name", c.Value.Name)));
        Distinct(context, "service accounts", "in one project (and one account per service, so that each reads only its own secrets)",
            environment.Services.Select(s => ($"services.{s.Key}", $"services.{s.Key}.serviceAccount", s.Value.ServiceAccount)));
    }

    private static void Distinct(ValidationContext context, string what, string scope, IEnumerable<(string Item, string Path, string Name)> names)
    {
        var first = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (item, path, name) in names)
        {
            if (context.IsBroken(item))
            {
                continue;
            }

            if (!first.TryAdd(name, path))
            {
                context.Error(DiagnosticCodes.DuplicateName, path,
                    $"'{name}' is also the name at {first[name]}: two {what} cannot share a name {scope}");
            }
        }
    }
}
