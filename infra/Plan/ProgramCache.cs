using Netra.Infra.Components;
using Netra.Infra.Model;
using Netra.Infra.Resources;

namespace Netra.Infra.Plan;

/// <summary>Each profile's program of one environment, built once however many steps compare it.</summary>
public sealed class ProgramCache(EnvironmentSpec environment)
{
    private readonly Dictionary<string, ProgramDeclaration> _programs = new(StringComparer.Ordinal);

    public ProgramDeclaration Of(ProfileSpec profile) =>
        _programs.TryGetValue(profile.Name, out var program)
            ? program
            : _programs[profile.Name] = StackProgram.Build(new Deployment(environment, profile, false));
}
