using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using CoopAlliance.Application.Common.Words;
using CoopAlliance.Application.Texts;
using CoopAlliance.Domain.Assistance;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Dues;
using CoopAlliance.Domain.Mentoring;
using CoopAlliance.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Web.Tests.Localization;

/// <summary>
/// What people read when something is refused, in Spanish (issue 18): the API's field errors and rule refusals for reps
/// and the public, FluentValidation's own messages, every message the code gives, and the shared words (Glossary).
/// English stays word for word as it was.
/// </summary>
public sealed partial class SpanishMessagesTests : WebTest
{
    private static HttpRequestMessage Post(string path, object body, string? culture) =>
        new(HttpMethod.Post, culture is null ? path : $"{path}?culture={culture}") { Content = JsonContent.Create(body) };

    [Test]
    public async Task APublicStoryWithNothingFilledInIsRefusedFieldByFieldInSpanish()
    {
        var client = App.CreateClient();

        var response = await client.SendAsync(Post("/api/v1/public/stories", new { consent = false }, "es"));

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.That(FieldErrors(problem, "coopName"), Is.EqualTo(new[] { "Díganos de qué cooperativa trata la historia." }));
        Assert.That(FieldErrors(problem, "storytellerName"), Does.Contain("Díganos su nombre; publicamos la historia con él."));
        Assert.That(FieldErrors(problem, "title"), Does.Contain("Ponga un título a su historia."));
        Assert.That(FieldErrors(problem, "consent"), Is.EqualTo(new[] { "Marque la casilla para permitirnos publicar su historia." }));
    }

    [Test]
    public async Task ThePublicStoryInEnglishReadsAsBefore()
    {
        var client = App.CreateClient();

        var response = await client.SendAsync(Post("/api/v1/public/stories", new { consent = false }, null));

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.That(FieldErrors(problem, "coopName"), Is.EqualTo(new[] { "Tell us which co-op the story is about." }));
        Assert.That(FieldErrors(problem, "consent"), Is.EqualTo(new[] { "Tick the box to let us publish your story." }));
    }

    [Test]
    public async Task ARepsAssistanceRequestIsRefusedInSpanishWithTheBrowsersLanguageIncludingFluentValidationsOwnMessages()
    {
        var rep = await RepAsync();
        using var request = Post("/api/v1/ta-requests", new
        {
            category = "Other",
            title = "",
            description = "Necesitamos ayuda.",
            urgency = "Normal",
            preferredContact = "Email",
            contactDetail = new string('x', 201),
        }, null);
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue("es-MX"));

        var problem = await ProblemAsync(await rep.SendAsync(request), HttpStatusCode.BadRequest);

        Assert.That(FieldErrors(problem, "title"), Is.EqualTo(new[] { "Ponga un título breve a la solicitud, por ejemplo «Actualizar nuestros estatutos»." }));
        var own = FieldErrors(problem, "contactDetail").Single();
        Assert.That(own, Does.Contain("200").And.Contain("caracteres").And.Not.Contain("characters"), "FluentValidation's default MaximumLength message, translated by FluentValidation.");
    }

    [Test]
    public async Task ARepsAssistanceRequestInEnglishReadsAsBefore()
    {
        var rep = await RepAsync();

        var response = await rep.SendAsync(Post("/api/v1/ta-requests", new
        {
            category = "Other",
            title = "",
            description = "We need help.",
            urgency = "Normal",
            preferredContact = "Email",
            contactDetail = new string('x', 201),
        }, "en"));

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.That(FieldErrors(problem, "title"), Is.EqualTo(new[] { "Give the request a short title, e.g. \"Update our bylaws\"." }));
        Assert.That(FieldErrors(problem, "contactDetail").Single(), Does.Contain("200 characters or fewer"));
    }

    private Task<int> BylawsRequestIdAsync() =>
        App.WithDbAsync(db => db.AssistanceRequests.Where(r => r.Title == "Bylaws for a second membership class").Select(r => r.Id).SingleAsync());

    private static MultipartFormDataContent NotReallyAPdf()
    {
        var content = new ByteArrayContent("just some words"u8.ToArray());
        content.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        return new MultipartFormDataContent { { content, "file", "minutes.pdf" } };
    }

    [TestCase("es", "El contenido de este archivo no es un archivo PDF.", "Se rechazó el cambio")]
    [TestCase("en", "This file's content is not a PDF file.", "The change was refused")]
    public async Task ADomainRuleRefusalReadsInTheLanguageAsked(string culture, string detail, string titleStart)
    {
        var rep = await RepAsync();
        var id = await BylawsRequestIdAsync();

        var response = await rep.PostAsync($"/api/v1/ta-requests/{id}/attachments?culture={culture}", NotReallyAPdf());

        var problem = await ProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.That(problem.GetProperty("detail").GetString(), Is.EqualTo(detail));
        if (culture == "en")
        {
            Assert.That(problem.GetProperty("title").GetString(), Does.StartWith(titleStart));
        }
    }

    [TestCase("es", "El tamaño de página debe estar entre 1 y 200.")]
    [TestCase("en", "Page size must be between 1 and 200.")]
    public async Task AMessageWithANumberInItIsTranslatedByItsFormat(string culture, string expected)
    {
        var rep = await RepAsync();

        var response = await rep.GetAsync($"/api/v1/ta-requests?pageSize=1000&culture={culture}");

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.That(FieldErrors(problem, "pageSize"), Is.EqualTo(new[] { expected }));
    }

    [Test]
    public void MessagesWithValuesReadTheSameInEnglishAsTheirInterpolatedOriginals()
    {
        using (AppCulture.Use("en"))
        {
            Assert.That(Messages.Format("Please enter an amount up to {0:C}.", 1000m), Is.EqualTo($"Please enter an amount up to {1000m:C}."));
            Assert.That(Messages.Format("Please enter an amount up to {0:C}.", 1000m), Is.EqualTo("Please enter an amount up to $1,000.00."));
            Assert.That(Domain.Common.DomainRuleException.Format("You have {0} dots in all; {1} are left for this proposal.", 5, 2).Message,
                Is.EqualTo("You have 5 dots in all; 2 are left for this proposal."));
        }

        using (AppCulture.Use("es"))
        {
            Assert.That(Messages.Format("Please enter an amount up to {0:C}.", 1000m), Does.StartWith("Escriba un monto de hasta").And.Contain("1,000.00"));
            Assert.That(Domain.Common.DomainRuleException.Format("You have {0} dots in all; {1} are left for this proposal.", 5, 2).Message,
                Is.EqualTo("Tiene 5 puntos en total; le quedan 2 para esta propuesta."));
        }
    }

    [Test]
    public void ARuleWithADateAndAStatusInItReadsBothInTheReadersLanguage()
    {
        var expired = Domain.Common.DomainRuleException.Format("This offer expired on {0:MMMM d}; ask the alliance staff to offer it again.", new DateOnly(2026, 12, 5));
        var lapsed = Domain.Common.DomainRuleException.Format("The co-op is {0}, so it cannot add enrollments; reinstatement restores the right to enroll.",
            new Domain.Common.DomainWord("lapsed"));

        using (AppCulture.Use("en"))
        {
            Assert.That(expired.Message, Is.EqualTo("This offer expired on December 5; ask the alliance staff to offer it again."));
            Assert.That(lapsed.Message, Does.StartWith("The co-op is lapsed, so"));
        }

        using (AppCulture.Use("es"))
        {
            Assert.That(expired.Message, Is.EqualTo("Esta oferta venció el 5 de diciembre; pida al equipo de la Alianza que la ofrezca de nuevo."));
            Assert.That(lapsed.Message, Does.StartWith("La cooperativa está en estado «vencida», así que"));
        }
    }

    // ---- Every message the code gives has its Spanish ----

    /// <summary>
    /// The constant messages in src/CoopAlliance.Domain and src/CoopAlliance.Application (as scripts/messages.py lists them):
    /// the English given to WithMessage, DomainRuleException, Require.Text, ValidationException(field, message), and the
    /// formats given to Messages.Format and DomainRuleException.Format. Interpolated messages ($"…") are not constant.
    /// </summary>
    public static Dictionary<string, string> ConstantMessages()
    {
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var project in new[] { "CoopAlliance.Domain", "CoopAlliance.Application" })
        {
            var files = Directory.EnumerateFiles(Path.Combine(SpanishText.RepoRoot, "src", project), "*.cs", SearchOption.AllDirectories)
                .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"));
            foreach (var file in files)
            {
                var text = File.ReadAllText(file);
                foreach (Match m in Call().Matches(text))
                {
                    var call = Regex.Replace(m.Groups[1].Value, @"^new (\w+\.)*", "").TrimStart('.');
                    var args = Arguments(text, m.Index + m.Length);
                    var index = call is "Require.Text" or "ValidationException" ? 1 : 0;
                    if ((call == "ValidationException" && args.Count != 2) || args.Count <= index || args[index].StartsWith('$'))
                    {
                        continue;
                    }

                    var arg = args[index];
                    var where = $"{Path.GetRelativePath(SpanishText.RepoRoot, file)}:{text[..m.Index].Count(c => c == '\n') + 1}";
                    if (Regex.IsMatch(arg, @"^\w+$") && Regex.Match(text, $@"const string {arg}\s*=\s*""((?:[^""\\]|\\.)*)"";") is { Success: true } constant)
                    {
                        found.TryAdd(Regex.Unescape(constant.Groups[1].Value), where);
                        continue;
                    }

                    var literals = Literal().Matches(arg);
                    if (Regex.IsMatch(arg, @"^(\s*""(?:[^""\\]|\\.)*""\s*\+?)+$"))
                    {
                        found.TryAdd(string.Concat(literals.Select(l => Regex.Unescape(l.Groups[2].Value))), where);
                        continue;
                    }

                    foreach (var literal in literals.Where(l => !l.Groups[1].Value.Contains('$')))
                    {
                        found.TryAdd(Regex.Unescape(literal.Groups[2].Value), where);
                    }
                }
            }
        }

        return found;
    }

    /// <summary>The top-level arguments of the call whose '(' ends just before <paramref name="start"/>, as source text.</summary>
    private static List<string> Arguments(string text, int start)
    {
        var (depth, args, current) = (1, new List<string>(), new System.Text.StringBuilder());
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '"' || (c is '$' or '@' && i + 1 < text.Length && text[i + 1] is '"' or '$' or '@'))
            {
                var j = i;
                while (text[j] is '$' or '@')
                {
                    j++;
                }

                var verbatim = text[i..j].Contains('@');
                var k = j + 1;
                for (; k < text.Length; k++)
                {
                    if (text[k] == '\\' && !verbatim)
                    {
                        k++;
                    }
                    else if (text[k] == '"')
                    {
                        if (verbatim && k + 1 < text.Length && text[k + 1] == '"')
                        {
                            k++;
                            continue;
                        }

                        break;
                    }
                }

                current.Append(text, i, Math.Min(k + 1, text.Length) - i);
                i = k;
                continue;
            }

            if (c is '(' or '[' or '{')
            {
                depth++;
            }
            else if (c is ')' or ']' or '}' && --depth == 0)
            {
                args.Add(current.ToString().Trim());
                return args;
            }

            if (c == ',' && depth == 1)
            {
                args.Add(current.ToString().Trim());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        return args;
    }

    [GeneratedRegex(@"(?<!\w)(\.WithMessage|new (?:\w+\.)*(?:DomainRuleException|NoPlaceLeftException|ValidationException)|Require\.Text|Messages\.Format|DomainRuleException\.Format)\(")]
    private static partial Regex Call();

    [GeneratedRegex(@"(\$?@?\$?)""((?:[^""\\]|\\.)*)""")]
    private static partial Regex Literal();

    private static HashSet<string> SpanishKeys(string resource) =>
        XDocument.Load(Path.Combine(SpanishText.RepoRoot, "src", "CoopAlliance.Application", "Resources", "Texts", resource + ".es.resx"))
            .Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToHashSet(StringComparer.Ordinal);

    [Test]
    public void EveryConstantMessageTheCodeGivesHasItsSpanish()
    {
        var messages = ConstantMessages();
        var spanish = SpanishKeys("Messages");

        Assert.That(messages, Has.Count.GreaterThan(450), "The scan finds the messages (it would pass vacuously otherwise).");
        Assert.That(messages.Keys, Does.Contain("Page size must be between 1 and {0}.").And.Contain("Choose the co-op asking for help."));
        var missing = messages.Where(m => !spanish.Contains(m.Key)).Select(m => $"{m.Value}: {m.Key}").ToList();
        Assert.That(missing, Is.Empty, "Add each to Application/Resources/Texts/Messages (scripts/messages.py --missing; scripts/resx.py load).");
    }

    [Test]
    public void EachMessageKeepsItsPlaceholdersInSpanish()
    {
        var file = Path.Combine(SpanishText.RepoRoot, "src", "CoopAlliance.Application", "Resources", "Texts", "Messages.es.resx");
        var wrong = XDocument.Load(file).Root!.Elements("data")
            .Select(d => (English: (string)d.Attribute("name")!, Spanish: (string)d.Element("value")!))
            .Where(p => !Placeholders(p.English).SetEquals(Placeholders(p.Spanish)))
            .Select(p => p.English).ToList();

        Assert.That(wrong, Is.Empty);
    }

    /// <summary>
    /// The values a message shows, by number and, for money and counts, by format ("{0:C}"); a date's pattern is the
    /// language's own ("{1:MMMM d, yyyy}" reads "{1:d 'de' MMMM 'de' yyyy}" in Spanish), so only its number must match.
    /// </summary>
    private static HashSet<string> Placeholders(string text) => Regex.Matches(text, @"\{(\d+)(?::([^}]*))?\}")
        .Select(m => m.Groups[2].Success && Regex.IsMatch(m.Groups[2].Value, "^[CNP]\\d*$") ? m.Value : "{" + m.Groups[1].Value + "}").ToHashSet();

    // ---- The shared words ----

    /// <summary>The enums whose words the glossary gives (its own cases and the select boxes that ask it).</summary>
    private static readonly Type[] GlossaryEnums =
    [
        typeof(MembershipStatus), typeof(CoopKind), typeof(Region), typeof(RevenueBand), typeof(AssistanceCategory), typeof(AssistanceStatus),
        typeof(AssistanceEventKind), typeof(Billing), typeof(SlaThreshold), typeof(BillingFrequency), typeof(Skill), typeof(DevelopmentStage),
        typeof(DevelopingCoopKind), typeof(PaymentMethod), typeof(SlaState), typeof(MembershipTransition), typeof(InvoiceStatus), typeof(Priority),
        typeof(ContactMethod),
    ];

    [Test]
    public void EverySharedWordHasItsSpanish()
    {
        var words = GlossaryEnums.SelectMany(t => Enum.GetValues(t).Cast<Enum>()).Select(Glossary.LabelInEnglish)
            .Concat(Glossary.KnownFields).Distinct().ToList();

        var missing = words.Where(w => !Words.IsTranslated(w, "es")).ToList();

        Assert.That(words, Has.Count.GreaterThan(80));
        Assert.That(missing, Is.Empty, "Add each to Application/Resources/Texts/Words (scripts/resx.py load).");
    }

    [Test]
    public void TheSharedWordsReadInTheCurrentLanguageAndTheEnglishIsUnchanged()
    {
        using (AppCulture.Use("en"))
        {
            Assert.That(Glossary.Method(PaymentMethod.Ach), Is.EqualTo("ACH transfer"));
            Assert.That(Glossary.MethodInSentence(PaymentMethod.Ach), Is.EqualTo("ACH transfer"));
            Assert.That(Glossary.MethodInSentence(PaymentMethod.Check), Is.EqualTo("check"));
            Assert.That(Glossary.Label(SlaState.Breached), Is.EqualTo("Overdue"));
            Assert.That(Glossary.Label(InvoiceStatus.PartiallyPaid), Is.EqualTo("Partially paid"));
            Assert.That(Glossary.Field("ProviderId"), Is.EqualTo("Provider"));
        }

        using (AppCulture.Use("es"))
        {
            Assert.That(Glossary.Method(PaymentMethod.Ach), Is.EqualTo("Transferencia ACH"));
            Assert.That(Glossary.MethodInSentence(PaymentMethod.Ach), Is.EqualTo("transferencia ACH"));
            Assert.That(Glossary.MethodInSentence(PaymentMethod.Check), Is.EqualTo("cheque"));
            Assert.That(Glossary.Label(SlaState.Breached), Is.EqualTo("Vencida"));
            Assert.That(Glossary.Label(InvoiceStatus.PartiallyPaid), Is.EqualTo("Pagada en parte"));
            Assert.That(Glossary.Field("ProviderId"), Is.EqualTo("Proveedor"));
            Assert.That(Glossary.Label(Skill.LegalAndBylaws), Is.EqualTo("asuntos legales y estatutos"), "A word in lower case shares its capitalized twin's translation.");
        }

        Assert.That(CultureInfo.CurrentUICulture.Name, Is.Not.EqualTo("es"), "AppCulture.Use restores the culture.");
    }

    /// <summary>Not a check: lists the English of every shared word with no Spanish yet, for scripts/resx.py (run by hand).</summary>
    [Test, Explicit]
    public void ListTheSharedWordsWithoutSpanish()
    {
        var words = GlossaryEnums.SelectMany(t => Enum.GetValues(t).Cast<Enum>()).Select(Glossary.LabelInEnglish).Concat(Glossary.KnownFields)
            .Distinct().Where(w => !Words.IsTranslated(w, "es"));
        TestContext.Out.WriteLine("WORDS:" + System.Text.Json.JsonSerializer.Serialize(words));
    }
}
