using Netra.Infra.Diagnostics;
using Netra.Infra.Model;
using Netra.Infra.Resources;

namespace Netra.Infra.Cli;

/// <summary>The result of one compilation: a program, or the reasons there is none. Warnings come with either.</summary>
public sealed record CompileOutcome(ProgramDeclaration? Program, Deployment? Deployment, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Succeeded => Program is not null;
}
