using Netra.Infra.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Netra.Infra.Config;

/// <summary>Reads one YAML file of ours into a mapping, reporting syntax errors as diagnostics.</summary>
public static class YamlFiles
{
    public static YamlMappingNode? LoadMapping(SourceFile file, DiagnosticBag diagnostics)
    {
        if (!System.IO.File.Exists(file.FullPath))
        {
            diagnostics.Error(DiagnosticCodes.UnreadableFile, file.DisplayName, "", "file not found");
            return null;
        }

        return ParseMapping(System.IO.File.ReadAllText(file.FullPath), file.DisplayName, diagnostics);
    }

    public static YamlMappingNode? ParseMapping(string text, string displayName, DiagnosticBag diagnostics)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            // Duplicate keys land here too: YamlDotNet refuses them, which is what we want.
            var position = e.Start.Line > 0 ? $"line {e.Start.Line}, column {e.Start.Column}: " : "";
            diagnostics.Error(DiagnosticCodes.UnreadableFile, displayName, "", $"{position}{e.InnerException?.Message ?? e.Message}");
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            diagnostics.Error(DiagnosticCodes.UnreadableFile, displayName, "", "expected a YAML mapping at the top of the file");
            return null;
        }

        return root;
    }
}
