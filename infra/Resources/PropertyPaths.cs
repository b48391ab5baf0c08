using System.Globalization;
using System.Text;

namespace Netra.Infra.Resources;

/// <summary>
/// Paths into a resource's inputs in the syntax of Pulumi's resource options (`ignoreChanges`): a path is a list of
/// segments, each a property key (string) or a list index (int). Written the way the engine writes one, and read the
/// way it reads one (pulumi/pulumi sdk/go/common/resource/properties_path.go, `PropertyPath.String` and
/// `parsePropertyPath`), so that what we emit parses back to exactly the segments we meant.
/// </summary>
public static class PropertyPaths
{
    /// <summary>
    /// `template.containers[0].envs[3]`, `annotations["client.knative.dev/user-image"]`. A key of letters, digits and `_`
    /// only follows a `.`; any other key is quoted, `"` escaped as `\"`, because the parser reads a bare key up to the
    /// next `.` or `[` (properties_path.go, `requiresQuote`).
    /// </summary>
    public static string Format(IEnumerable<object> segments)
    {
        var text = new StringBuilder();
        foreach (var segment in segments)
        {
            switch (segment)
            {
                case int index:
                    text.Append('[').Append(index.ToString(CultureInfo.InvariantCulture)).Append(']');
                    break;
                case string key when key.Length > 0 && key.All(IsBare):
                    text.Append(text.Length == 0 ? "" : ".").Append(key);
                    break;
                case string key:
                    text.Append("[\"").Append(key.Replace("\"", "\\\"", StringComparison.Ordinal)).Append("\"]");
                    break;
                default:
                    throw new ArgumentException($"a path segment is a key or an index, not {segment}", nameof(segments));
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// The segments of a path, or null where the engine would refuse it (processIgnoreChanges then skips the path:
    /// pkg/resource/deploy/step_generator.go). `[*]` and a bare `*` are the wildcard, returned as the key "*".
    /// </summary>
    public static IReadOnlyList<object>? Parse(string path)
    {
        var segments = new List<object>();
        var i = 0;
        if (path.StartsWith('.'))
        {
            return null;
        }

        while (i < path.Length)
        {
            switch (path[i])
            {
                case '.':
                    i++;
                    if (i == path.Length)
                    {
                        return null;
                    }

                    break;
                case '[' when i + 1 < path.Length && path[i + 1] == '"':
                    var key = new StringBuilder();
                    for (i += 2; ; )
                    {
                        if (i >= path.Length)
                        {
                            return null;
                        }

                        if (path[i] == '"')
                        {
                            i++;
                            break;
                        }

                        var escaped = path[i] == '\\' && i + 1 < path.Length && path[i + 1] == '"';
                        key.Append(escaped ? '"' : path[i]);
                        i += escaped ? 2 : 1;
                    }

                    if (i >= path.Length || path[i] != ']')
                    {
                        return null;
                    }

                    segments.Add(key.ToString());
                    i++;
                    break;
                case '[':
                    var close = path.IndexOf(']', i);
                    if (close < 0)
                    {
                        return null;
                    }

                    var inside = path[(i + 1)..close];
                    if (inside == "*")
                    {
                        segments.Add("*");
                    }
                    else if (int.TryParse(inside, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var index))
                    {
                        segments.Add(index);
                    }
                    else
                    {
                        return null;
                    }

                    i = close + 1;
                    break;
                default:
                    var end = path.IndexOfAny(['.', '['], i);
                    end = end < 0 ? path.Length : end;
                    segments.Add(path[i..end]);
                    i = end;
                    break;
            }
        }

        return segments;
    }

    private static bool IsBare(char c) => c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_';
}
