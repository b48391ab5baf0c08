using System.Text;
using Netra.Infra.Adoption;
using Netra.Infra.Components;
using Netra.Infra.Model;

namespace Netra.Infra.Runbook;

/// <summary>
/// Step 2 of the adoption checklist: the `adopt` runs and what follows them, with what the adoption program imports
/// counted from that program itself, so the list a person checks the preview against is the one the engine gets.
/// </summary>
public static class AdoptionSteps
{
    public static string Render(EnvironmentSpec environment)
    {
        var name = environment.Name;
        var profile = environment.Profiles[EnvironmentSpec.SteadyProfile];
        var imported = StackProgram.Build(new Deployment(environment, profile, Adopt: true)).Resources
            .Where(r => !r.Type.StartsWith(AdoptionScope.ProviderTypePrefix, StringComparison.Ordinal))
            .GroupBy(r => r.Type, StringComparer.Ordinal)
            .Select(g => $"{g.Count()} `{g.Key}`")
            .ToList();
        var leftOut = AdoptionScope.LeftOut(environment, profile).Count;
        var text = new StringBuilder("\n## 2. Adopt\n\n");
        text.Append($"1. `bin/netra-infra adopt --stack {name} --dry-run` — refused when the stack already holds resources (`pulumi stack export`); ");
        text.Append($"otherwise it previews `{AdoptRun.ConfigFile}`, which must import and do nothing else: {string.Join(", ", imported)} (and the providers). Anything else is refused and named.\n");
        text.Append($"2. `bin/netra-infra adopt --stack {name}` — the same, then one `pulumi up` after a typed yes: what exists is now in the stack's state, as it runs.\n");
        text.Append($"3. `pulumi preview --stack {name}` (the normal profile) shows, as ordinary changes, every difference between what runs and `{environment.File.DisplayName}`: ");
        text.Append($"the {leftOut} resources adoption leaves out (the warm standby, the alerts…), what step 1 left unconfirmed, and what this program sets on purpose. ");
        text.Append("A difference you did not expect means a value in the file is wrong: correct it and preview again. A `max_connections` or tier difference restarts the instance when applied: apply it outside an incident. ");
        text.Append($"Then `pulumi up --stack {name}`.\n");
        text.Append($"4. In a pull request of its own, set `existing.adopted: true` in `{environment.File.DisplayName}`: from then on the compile refuses adoption (NETRA104), ");
        text.Append($"since an adoption `up` would delete the {leftOut} resources its program leaves out.\n");
        return text.ToString();
    }
}
