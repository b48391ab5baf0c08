using Netra.Infra.Cli;
using Netra.Infra.Config;
using Netra.Infra.Resources;

namespace Netra.Infra.Tests.Support;

/// <summary>Compiles the real staging environment in-process, one profile at a time.</summary>
public static class Programs
{
    public static readonly string[] StagingProfiles = ["normal", "emergency", "recovery", "direct", "rollback"];

    public static IEnumerable<object[]> Profiles() => StagingProfiles.Select(p => new object[] { p });

    /// <summary>The real staging environment as read (it is valid; the tests that need errors use the corpus).</summary>
    public static Netra.Infra.Model.EnvironmentSpec StagingEnvironment() =>
        EnvironmentFileLoader.Load(Repo.Root, "staging", new Netra.Infra.Diagnostics.DiagnosticBag())!.Spec;

    public static CompileOutcome Compile(string profile, string? root = null, bool adopt = false)
    {
        var values = new Dictionary<string, string> { [StackConfiguration.ProfileKey] = profile };
        if (adopt)
        {
            values[StackConfiguration.AdoptKey] = "true";
        }

        var configuration = new StackConfiguration("test", values);
        // An offline plan's compile: a revision named at run time (the rollback profile) shows as unnamed.
        return Compiler.Compile(new CompilerRequest(root ?? Repo.Root, "staging", "netra-infra", configuration, (e, p) => $"run {e} {p}", PlanOnly: true));
    }

    /// <summary>The staging environment after the one-time steps own-identities and generated-credentials.</summary>
    public static Netra.Infra.Model.EnvironmentSpec OwnedEnvironment() =>
        StagingEnvironment() with { Ownership = new(Netra.Infra.Model.IdentityOwnership.Own, Netra.Infra.Model.CredentialOwnership.Generated) };

    /// <summary>A profile's program once the services' identities and credentials are ours.</summary>
    public static ProgramDeclaration Owned(string profile)
    {
        var environment = OwnedEnvironment();
        return Netra.Infra.Components.StackProgram.Build(new Netra.Infra.Model.Deployment(environment, environment.Profiles[profile]));
    }

    public static ProgramDeclaration Staging(string profile, bool adopt = false)
    {
        var outcome = Compile(profile, adopt: adopt);
        if (outcome.Program is null)
        {
            throw new InvalidOperationException(string.Join("\n", outcome.Diagnostics));
        }

        return outcome.Program;
    }
}
