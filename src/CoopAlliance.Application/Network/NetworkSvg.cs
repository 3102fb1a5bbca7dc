using System.Globalization;
using System.Xml.Linq;
using CoopAlliance.Domain.Cooperatives;

namespace CoopAlliance.Application.Network;

/// <summary>
/// Draws the network as a standalone SVG, server-side, with no script. Layout is deterministic: the nodes sit on one
/// circle, grouped by region, co-ops before organisations, then A–Z; the same data always gives the same picture.
/// Co-ops are green circles, organisations blue squares; trade flows are solid arrows seller → buyer, relationships
/// dashed lines. Every node and edge has a &lt;title&gt; (a tooltip, read by screen readers). Text goes through
/// <see cref="XElement"/>, so names are XML-escaped.
/// </summary>
public static class NetworkSvg
{
    public sealed record Node(string Key, string Name, bool IsCoop, Region Region, string KindLabel);

    public sealed record Edge(string From, string To, bool IsRelationship, string Title);

    public const string CoopColour = "#2e7d32";
    public const string OrganizationColour = "#1565c0";
    private const string FlowColour = "#555555";
    private const string RelationshipColour = "#e65100";
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public static string CoopKey(int id) => $"coop-{id}";

    public static string OrgKey(int id) => $"org-{id}";

    public static string Render(string title, IReadOnlyList<Node> nodes, IReadOnlyList<Edge> edges)
    {
        const double width = 960, legendHeight = 70;
        var radius = Math.Max(160, Math.Min(360, 40 + (nodes.Count * 14)));
        var cx = width / 2;
        var cy = radius + 120;
        var height = (2 * cy) + legendHeight;
        var ordered = nodes.OrderBy(n => n.Region).ThenBy(n => n.IsCoop ? 0 : 1).ThenBy(n => n.Name, StringComparer.OrdinalIgnoreCase).ThenBy(n => n.Key, StringComparer.Ordinal).ToList();
        var places = new Dictionary<string, (double X, double Y, double Angle)>();
        for (var i = 0; i < ordered.Count; i++)
        {
            var angle = (-Math.PI / 2) + (2 * Math.PI * i / Math.Max(1, ordered.Count));
            places[ordered[i].Key] = (cx + (radius * Math.Cos(angle)), cy + (radius * Math.Sin(angle)), angle);
        }

        var description = $"{nodes.Count(n => n.IsCoop)} member co-ops, {nodes.Count(n => !n.IsCoop)} allied organisations, " +
                          $"{edges.Count(e => !e.IsRelationship)} trade flows and {edges.Count(e => e.IsRelationship)} relationships.";
        var root = new XElement(Svg + "svg",
            new XAttribute("width", N(width)), new XAttribute("height", N(height)), new XAttribute("viewBox", $"0 0 {N(width)} {N(height)}"),
            new XAttribute("role", "img"), new XAttribute("aria-label", $"{title}: {description}"),
            new XAttribute("font-family", "system-ui, sans-serif"), new XAttribute("font-size", "12"),
            new XElement(Svg + "title", title),
            new XElement(Svg + "desc", description),
            new XElement(Svg + "defs",
                new XElement(Svg + "marker", new XAttribute("id", "arrow"), new XAttribute("viewBox", "0 0 10 10"), new XAttribute("refX", "18"),
                    new XAttribute("refY", "5"), new XAttribute("markerWidth", "7"), new XAttribute("markerHeight", "7"), new XAttribute("orient", "auto-start-reverse"),
                    new XElement(Svg + "path", new XAttribute("d", "M 0 0 L 10 5 L 0 10 z"), new XAttribute("fill", FlowColour)))));

        var edgeGroup = new XElement(Svg + "g", new XAttribute("class", "edges"));
        foreach (var e in edges.Where(e => places.ContainsKey(e.From) && places.ContainsKey(e.To)))
        {
            var (x1, y1, _) = places[e.From];
            var (x2, y2, _) = places[e.To];
            var line = new XElement(Svg + "line", new XAttribute("x1", N(x1)), new XAttribute("y1", N(y1)), new XAttribute("x2", N(x2)), new XAttribute("y2", N(y2)),
                new XAttribute("stroke", e.IsRelationship ? RelationshipColour : FlowColour), new XAttribute("stroke-width", "1.5"),
                new XAttribute("class", e.IsRelationship ? "relationship" : "flow"),
                new XElement(Svg + "title", e.Title));
            if (e.IsRelationship)
            {
                line.Add(new XAttribute("stroke-dasharray", "5 4"));
            }
            else
            {
                line.Add(new XAttribute("marker-end", "url(#arrow)"));
            }

            edgeGroup.Add(line);
        }

        root.Add(edgeGroup);

        var nodeGroup = new XElement(Svg + "g", new XAttribute("class", "nodes"));
        foreach (var n in ordered)
        {
            var (x, y, angle) = places[n.Key];
            var shape = n.IsCoop
                ? new XElement(Svg + "circle", new XAttribute("cx", N(x)), new XAttribute("cy", N(y)), new XAttribute("r", "9"), new XAttribute("fill", CoopColour))
                : new XElement(Svg + "rect", new XAttribute("x", N(x - 8)), new XAttribute("y", N(y - 8)), new XAttribute("width", "16"), new XAttribute("height", "16"),
                    new XAttribute("fill", OrganizationColour));
            var right = Math.Cos(angle) >= 0;
            var label = new XElement(Svg + "text", new XAttribute("x", N(x + ((right ? 1 : -1) * (14 + (6 * Math.Abs(Math.Sin(angle))))))),
                new XAttribute("y", N(y + 4 + (10 * Math.Sin(angle)))), new XAttribute("text-anchor", right ? "start" : "end"), Shorten(n.Name));
            nodeGroup.Add(new XElement(Svg + "g", new XAttribute("id", n.Key), new XAttribute("class", n.IsCoop ? "node coop" : "node organization"),
                new XElement(Svg + "title", $"{n.Name} — {n.KindLabel}, {n.Region.Describe()}"), shape, label));
        }

        root.Add(nodeGroup);
        if (nodes.Count == 0)
        {
            root.Add(new XElement(Svg + "text", new XAttribute("x", N(cx)), new XAttribute("y", N(cy)), new XAttribute("text-anchor", "middle"),
                "Nothing to draw for this filter."));
        }

        var ly = height - legendHeight + 25;
        root.Add(new XElement(Svg + "g", new XAttribute("class", "legend"),
            new XElement(Svg + "circle", new XAttribute("cx", "30"), new XAttribute("cy", N(ly)), new XAttribute("r", "8"), new XAttribute("fill", CoopColour)),
            new XElement(Svg + "text", new XAttribute("x", "45"), new XAttribute("y", N(ly + 4)), "Member co-op"),
            new XElement(Svg + "rect", new XAttribute("x", "172"), new XAttribute("y", N(ly - 8)), new XAttribute("width", "16"), new XAttribute("height", "16"), new XAttribute("fill", OrganizationColour)),
            new XElement(Svg + "text", new XAttribute("x", "195"), new XAttribute("y", N(ly + 4)), "Allied organisation"),
            new XElement(Svg + "line", new XAttribute("x1", "345"), new XAttribute("y1", N(ly)), new XAttribute("x2", "385"), new XAttribute("y2", N(ly)),
                new XAttribute("stroke", FlowColour), new XAttribute("stroke-width", "1.5"), new XAttribute("marker-end", "url(#arrow)")),
            new XElement(Svg + "text", new XAttribute("x", "395"), new XAttribute("y", N(ly + 4)), "Sells to (seller → buyer)"),
            new XElement(Svg + "line", new XAttribute("x1", "560"), new XAttribute("y1", N(ly)), new XAttribute("x2", "600"), new XAttribute("y2", N(ly)),
                new XAttribute("stroke", RelationshipColour), new XAttribute("stroke-width", "1.5"), new XAttribute("stroke-dasharray", "5 4")),
            new XElement(Svg + "text", new XAttribute("x", "610"), new XAttribute("y", N(ly + 4)), "Relationship (bank, lender, developer…)")));

        return root.ToString(SaveOptions.DisableFormatting);
    }

    private static string Shorten(string name) => name.Length <= 28 ? name : name[..27] + "…";

    private static string N(double value) => Math.Round(value, 1).ToString(CultureInfo.InvariantCulture);
}
