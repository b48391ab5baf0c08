using Netra.Infra.Components;
using Netra.Infra.Config;
using Netra.Infra.Diagnostics;
using Netra.Infra.Model;
using Netra.Infra.Resources;
using Netra.Infra.Validation;

namespace Netra.Infra.Cli;

/// <summary>
/// From a request to a program: guard the stack, read and validate the environment and every profile, then
/// compose the selected profile. Nothing is built unless the whole input is valid.
/// </summary>
public static class Compiler
{
    public const string ProjectName = "netra-infra";

    public static CompileOutcome Compile(CompilerRequest request)
    {
        if (request.Stack is null)
        {
            return new CompileOutcome(DiscoveryProgram(), null, []);
        }

        var diagnostics = new DiagnosticBag();

        // The engine may pass an organisation-qualified name (org/project/stack); the environment is the last part.
        var stack = request.Stack.Split('/')[^1];
        if (request.Project is { Length: > 0 } project && project != ProjectName)
        {
            diagnostics.Error(DiagnosticCodes.ProjectMismatch, "PULUMI_PROJECT", "",
                $"'{project}' is not {ProjectName}: this program declares netra's environments and must run as project {ProjectName} (see Pulumi.yaml)");
            return Rejected(diagnostics);
        }

        if (!StackGuard.Check(request.Root, stack, request.CommandFor, diagnostics))
        {
            return Rejected(diagnostics);
        }

        // The second line of defence. The engine starts this compile only after Pulumi has set up secrets from the
        // file it was given, so a profile file without the stack's salt may already have had a new one written into it
        // on this very run: refusing here stops the run (and every later one until the files agree), not that write.
        // The first line is `bin/netra-infra switch`, which runs the same check before it starts pulumi. A handful of
        // small files, read on every compile (2 to 4 per pulumi command), well under the compile's own time.
        StackSecretsCheck.Check(request.Root, stack, diagnostics);

        var profileName = request.Configuration?.Profile(diagnostics);
        var adopt = request.Configuration?.Adopt(diagnostics) ?? false;
        var loaded = EnvironmentFileLoader.Load(request.Root, stack, diagnostics);
        if (loaded is not null)
        {
            EnvironmentValidator.Validate(loaded, diagnostics);
            if (profileName is not null && !loaded.Spec.Profiles.ContainsKey(profileName))
            {
                diagnostics.Error(DiagnosticCodes.UnknownProfile, request.Configuration!.Source, StackConfiguration.ProfileKey,
                    $"'{profileName}' is not a profile of {loaded.Spec.File.DisplayName} (profiles: {string.Join(", ", loaded.Spec.Profiles.Keys)})");
            }
            else if (profileName is not null && adopt)
            {
                AdoptionRules.Check(loaded.Spec, loaded.Spec.Profiles[profileName], diagnostics);
            }
        }

        var findings = loaded is null ? diagnostics.Items : InheritedFindings.WithoutRepeats(diagnostics.Items, loaded.Spec);
        if (diagnostics.HasErrors || loaded is null || profileName is null)
        {
            return new CompileOutcome(null, null, findings);
        }

        var revisions = new DiagnosticBag();
        var profile = RunTimeRevisions.Resolve(loaded.Spec, loaded.Spec.Profiles[profileName], request.RunTimeRevisions, request.PlanOnly, revisions);
        if (revisions.HasErrors)
        {
            return new CompileOutcome(null, null, [.. findings, .. revisions.Items]);
        }

        var deployment = new Deployment(loaded.Spec, profile, adopt);
        return new CompileOutcome(StackProgram.Build(deployment), deployment, [.. findings, .. revisions.Items]);
    }

    /// <summary>
    /// What the engine gets when it runs us without a stack, to learn which plugins to install: every provider
    /// package the program can use, pinned. It is parsed, never run.
    /// </summary>
    public static ProgramDeclaration DiscoveryProgram() => new(
        "netra-infra: provider packages (plugin discovery)",
        ["Plugin discovery: no stack was given, so this lists every provider package the program can use."],
        ProviderCatalog.All.Select(GcpProviderComponent.DeclarePinned).ToList(),
        []);

    private static CompileOutcome Rejected(DiagnosticBag diagnostics) => new(null, null, diagnostics.Items);
}
