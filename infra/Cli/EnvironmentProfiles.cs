using Netra.Infra.Config;
using Netra.Infra.Diagnostics;

namespace Netra.Infra.Cli;

/// <summary>
/// An environment as the top-level help lists it: its file and its profiles, each with the lead of its description,
/// read from the data; or, when the file cannot be read, why not (help still prints, and exits 0).
/// </summary>
public sealed record EnvironmentProfiles(string Name, string File, IReadOnlyList<(string Name, string Summary)> Profiles, string? Problem)
{
    /// <summary>Every environment of the repository at <paramref name="root"/> (stacks/*.yaml), in name order.</summary>
    public static IReadOnlyList<EnvironmentProfiles> Read(string root)
    {
        try
        {
            return EnvironmentFileLoader.EnvironmentNames(root).Select(name => Of(root, name)).ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    private static EnvironmentProfiles Of(string root, string name)
    {
        var file = EnvironmentFileLoader.FileFor(root, name).DisplayName;
        var unreadable = $"cannot be read; bin/netra-infra plan --stack {name} says why";
        try
        {
            var diagnostics = new DiagnosticBag();
            var loaded = EnvironmentFileLoader.Load(root, name, diagnostics);
            // Profiles read from a file with errors may be half of them: none rather than a wrong list.
            if (loaded is null || diagnostics.HasErrors || loaded.Spec.Profiles.Count == 0)
            {
                return new(name, file, [], unreadable);
            }

            return new(name, file, loaded.Spec.Profiles.Values.Select(p => (p.Name, Lead(p.Description))).ToList(), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new(name, file, [], unreadable);
        }
    }

    /// <summary>A description's first sentence or clause (up to ". " or ": "): each profile's description opens with
    /// what it is for ("Steady state.", "Connector capacity exhaustion on the primary.").</summary>
    public static string Lead(string description)
    {
        if (string.IsNullOrWhiteSpace(description))
        {
            return "";
        }

        var ends = new[] { description.IndexOf(". ", StringComparison.Ordinal), description.IndexOf(": ", StringComparison.Ordinal) }.Where(i => i > 0);
        var end = ends.DefaultIfEmpty(description.Length).Min();
        return description[..end].TrimEnd('.', ':', ' ') + ".";
    }
}
