namespace Netra.Infra.Config;

/// <summary>"Did you mean" for mistyped keys and names.</summary>
public static class Suggestions
{
    /// <summary>The candidate nearest to <paramref name="typed"/>, if it is close enough to be a typo of it.</summary>
    public static string? Closest(string typed, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = Distance(typed.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        // A third of the length tolerates `maxInstance`, `max_instances` and `minInstnaces` but not unrelated keys.
        return best is not null && bestDistance <= Math.Max(2, typed.Length / 3) ? best : null;
    }

    /// <summary>Levenshtein distance, ignoring `_` and `-` so that snake_case spellings match camelCase keys.</summary>
    private static int Distance(string a, string b)
    {
        a = a.Replace("_", "").Replace("-", "");
        b = b.Replace("_", "").Replace("-", "");
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), substitution);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
