namespace Netra.Infra.Limits;

/// <summary>An inclusive integer range, printed the way our errors show it: `3..10`.</summary>
public sealed record IntRange(int Min, int Max)
{
    public bool Contains(int value) => value >= Min && value <= Max;

    public override string ToString() => $"{Min}..{Max}";
}
