using Netra.Infra.Diagnostics;
using Netra.Infra.Limits;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Netra.Infra.Config;

/// <summary>
/// Reads one YAML file of ours into a mapping, reporting syntax errors as diagnostics. Files are bounded before they
/// are built into nodes: at most <see cref="InputLimits.MaxFileBytes"/>, nested at most <see cref="InputLimits.MaxDepth"/>
/// deep, and without anchors or aliases. Our files never need them, and an alias is how a small file becomes a huge
/// one (a "billion laughs"), so refusing them outright is simpler and safer than bounding their expansion.
/// </summary>
public static class YamlFiles
{
    public static YamlMappingNode? LoadMapping(SourceFile file, DiagnosticBag diagnostics)
    {
        var info = new FileInfo(file.FullPath);
        if (!info.Exists)
        {
            diagnostics.Error(DiagnosticCodes.UnreadableFile, file.DisplayName, "", "file not found");
            return null;
        }

        if (info.Length > InputLimits.MaxFileBytes)
        {
            diagnostics.Error(DiagnosticCodes.UnreadableFile, file.DisplayName, "",
                $"{info.Length:N0} bytes; a file of ours is at most {InputLimits.MaxFileBytes:N0} (1 MiB): nothing was read");
            return null;
        }

        return ParseMapping(System.IO.File.ReadAllText(file.FullPath), file.DisplayName, diagnostics);
    }

    public static YamlMappingNode? ParseMapping(string text, string displayName, DiagnosticBag diagnostics)
    {
        if (text.Length > InputLimits.MaxFileBytes)
        {
            diagnostics.Error(DiagnosticCodes.UnreadableFile, displayName, "", $"{text.Length:N0} characters; a file of ours is at most {InputLimits.MaxFileBytes:N0} (1 MiB): nothing was read");
            return null;
        }

        try
        {
            if (Refusal(text) is { } refusal)
            {
                diagnostics.Error(DiagnosticCodes.UnreadableFile, displayName, "", refusal);
                return null;
            }

            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
            {
                diagnostics.Error(DiagnosticCodes.UnreadableFile, displayName, "", "expected a YAML mapping at the top of the file");
                return null;
            }

            return root;
        }
        catch (YamlException e)
        {
            // Duplicate keys land here too: YamlDotNet refuses them, which is what we want.
            var position = e.Start.Line > 0 ? $"line {e.Start.Line}, column {e.Start.Column}: " : "";
            var reason = e.InnerException?.Message ?? e.Message;
            const string duplicate = "Duplicate key ";
            reason = reason.StartsWith(duplicate, StringComparison.Ordinal)
                ? $"the key '{Clip(reason[duplicate.Length..])}' appears twice in one mapping: write each key once (a service, secret or metric is named by its key)"
                : Clip(reason);
            diagnostics.Error(DiagnosticCodes.UnreadableFile, displayName, "", $"{position}{reason}");
            return null;
        }
    }

    /// <summary>
    /// Reads the file's events once, without building anything: the first anchor or alias, or a nesting deeper than
    /// the limit, refuses the file. One pass over a bounded text, so bounded time.
    /// </summary>
    private static string? Refusal(string text)
    {
        var parser = new Parser(new StringReader(text));
        var depth = 0;
        while (parser.MoveNext())
        {
            var current = parser.Current!;
            switch (current)
            {
                case AnchorAlias alias:
                    return $"line {alias.Start.Line}, column {alias.Start.Column}: an alias (*{Clip(alias.Value.Value)}) is not allowed: write the value out (anchors and aliases are refused in our files, docs/validation.md)";
                case NodeEvent { Anchor.IsEmpty: false } anchored:
                    return $"line {anchored.Start.Line}, column {anchored.Start.Column}: an anchor (&{Clip(anchored.Anchor.Value)}) is not allowed: write the value out (anchors and aliases are refused in our files, docs/validation.md)";
                case MappingStart or SequenceStart when ++depth > InputLimits.MaxDepth:
                    return $"line {current.Start.Line}, column {current.Start.Column}: nested more than {InputLimits.MaxDepth} levels deep; our files need 7";
                case MappingEnd or SequenceEnd:
                    depth--;
                    break;
            }
        }

        return null;
    }

    /// <summary>A text from the file, cut so that no message repeats an attacker's megabytes.</summary>
    public static string Clip(string text) => text.Length <= 80 ? text : text[..77] + "…";
}
