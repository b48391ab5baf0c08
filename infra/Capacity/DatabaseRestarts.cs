using Netra.Infra.Limits;
using Netra.Infra.Model;

namespace Netra.Infra.Capacity;

/// <summary>
/// Which profile switches restart the Cloud SQL instance: a change to a restart-requiring flag (e.g.
/// max_connections, a PostgreSQL postmaster parameter) restarts it, and the provider's plan does not say so.
/// </summary>
public static class DatabaseRestarts
{
    /// <summary>One line per restart-requiring flag, for the program's comments: what switching to or from
    /// <paramref name="profile"/> does to the instance.</summary>
    public static IReadOnlyList<string> Describe(EnvironmentSpec environment, ProfileSpec profile)
    {
        var instance = environment.Database.Name;
        var flagsByProfile = environment.Profiles.Values
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .Select(p => (p.Name, Flags: environment.DatabaseFlagsFor(p)))
            .ToList();
        var names = flagsByProfile.SelectMany(p => p.Flags.Keys)
            .Where(n => CloudSqlFlags.Allowed.TryGetValue(n, out var flag) && flag.RequiresRestart)
            .Distinct()
            .Order(StringComparer.Ordinal);

        var lines = new List<string>();
        foreach (var name in names)
        {
            string ValueIn(IReadOnlyDictionary<string, string> flags) => flags.TryGetValue(name, out var v) ? v : "default";
            var current = ValueIn(environment.DatabaseFlagsFor(profile));
            var different = flagsByProfile.Where(p => ValueIn(p.Flags) != current).ToList();
            lines.Add(different.Count == 0
                ? $"{name}={current} in every profile: switching profiles does not restart {instance} for it."
                : $"RESTART: {name}={current} here, {string.Join(", ", different.Select(p => $"{ValueIn(p.Flags)} in {p.Name}"))}: switching between them restarts {instance} (a few minutes without database).");
        }

        return lines;
    }

    public static bool Restarts(EnvironmentSpec environment, ProfileSpec from, ProfileSpec to)
    {
        var a = environment.DatabaseFlagsFor(from);
        var b = environment.DatabaseFlagsFor(to);
        return CloudSqlFlags.Allowed.Values.Where(f => f.RequiresRestart)
            .Any(f => a.GetValueOrDefault(f.Name) != b.GetValueOrDefault(f.Name));
    }
}
