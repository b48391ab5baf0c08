namespace Netra.Infra.Resources;

/// <summary>Everything one run declares, in order: the input of the YAML emitter and of the offline plan.</summary>
public sealed record ProgramDeclaration(
    string Description,
    IReadOnlyList<string> HeaderComments,
    IReadOnlyList<ResourceDeclaration> Resources,
    IReadOnlyList<OutputDeclaration> Outputs);
