namespace Netra.Infra.Resources;

/// <summary>A stack output: what `pulumi stack output` shows after an update.</summary>
public sealed record OutputDeclaration(string Name, PropertyValue Value);
