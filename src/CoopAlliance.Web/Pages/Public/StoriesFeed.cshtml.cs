using System.Globalization;
using System.Text;
using System.Xml;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Marketing.Stories;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace CoopAlliance.Web.Pages.Public;

/// <summary>
/// The newest published stories as an Atom 1.0 feed (RFC 4287), for feed readers and partners' sites. Written with
/// XmlWriter, so every value is escaped; entry ids are the stories' permanent addresses (/stories/{id}, without the
/// slug, so an edited title does not make an entry look new).
/// </summary>
public sealed class StoriesFeedModel(IMediator mediator, IOptions<AppOptions> options) : AppPageModel(mediator)
{
    public const int Entries = 20;
    private const string Atom = "http://www.w3.org/2005/Atom";

    public async Task<IActionResult> OnGetAsync()
    {
        var stories = await Mediator.Send(new ListPublishedStories(null, 1, Entries) { FeaturedFirst = false }, HttpContext.RequestAborted);
        var root = $"{Request.Scheme}://{Request.Host}{Request.PathBase}";
        var updated = stories.Items.Count == 0 ? DateTimeOffset.UnixEpoch : stories.Items.Max(s => s.UpdatedAt);

        var text = new StringBuilder();
        using (var xml = XmlWriter.Create(text, new XmlWriterSettings { Indent = true, Encoding = Encoding.UTF8 }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", Atom);
            xml.WriteElementString("id", Atom, $"{root}/stories");
            xml.WriteElementString("title", Atom, $"{options.Value.AllianceName}: member stories");
            xml.WriteElementString("subtitle", Atom, "Worker-owners of the alliance's co-ops tell how they work and what they make.");
            xml.WriteElementString("updated", Atom, Instant(updated));
            Link(xml, "self", $"{root}/stories/feed.atom", "application/atom+xml");
            Link(xml, "alternate", $"{root}/stories", "text/html");
            xml.WriteStartElement("author", Atom);
            xml.WriteElementString("name", Atom, options.Value.AllianceName);
            xml.WriteEndElement();

            foreach (var s in stories.Items)
            {
                xml.WriteStartElement("entry", Atom);
                xml.WriteElementString("id", Atom, $"{root}/stories/{s.Id}");
                xml.WriteElementString("title", Atom, s.Title);
                xml.WriteElementString("published", Atom, Instant(s.PublishedAt));
                xml.WriteElementString("updated", Atom, Instant(s.UpdatedAt));
                Link(xml, "alternate", $"{root}/stories/{s.Id}/{s.Slug}", "text/html");
                xml.WriteStartElement("author", Atom);
                xml.WriteElementString("name", Atom, s.StorytellerName);
                xml.WriteEndElement();
                if (s.CoopName is not null)
                {
                    xml.WriteStartElement("category", Atom);
                    xml.WriteAttributeString("term", s.CoopName);
                    xml.WriteEndElement();
                }

                xml.WriteStartElement("content", Atom);
                xml.WriteAttributeString("type", "text");
                xml.WriteString(s.Body);
                xml.WriteEndElement();
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        // StringBuilder output says utf-16 in the declaration; the bytes sent are UTF-8.
        var body = text.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal);
        return Content(body, "application/atom+xml; charset=utf-8", Encoding.UTF8);
    }

    private static string Instant(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static void Link(XmlWriter xml, string rel, string href, string type)
    {
        xml.WriteStartElement("link", Atom);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("href", href);
        xml.WriteAttributeString("type", type);
        xml.WriteEndElement();
    }
}
