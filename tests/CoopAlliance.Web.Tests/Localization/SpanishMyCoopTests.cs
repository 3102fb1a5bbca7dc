using System.Net;
using System.Net.Http.Json;
using CoopAlliance.Infrastructure.Data;
using CoopAlliance.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Web.Tests.Localization;

/// <summary>
/// My co-op, its assistance pages, a developing co-op's page and the mentor's pages read in Spanish (issue 18); the rep
/// chooses the language the alliance writes to the co-op in, and the assistance emails follow it.
/// </summary>
public sealed class SpanishMyCoopTests
{
    private const string BylawsRequest = "Bylaws for a second membership class";

    private AppFactory _app = null!;

    [OneTimeSetUp]
    public void Start() => _app = new AppFactory();

    [OneTimeTearDown]
    public void Stop() => _app.Dispose();

    private Task<int> RequestIdAsync(string title) =>
        _app.WithDbAsync(db => db.AssistanceRequests.Where(r => r.Title == title).Select(r => r.Id).SingleAsync());

    private Task<int> RepCoopIdAsync() =>
        _app.WithDbAsync(db => db.Cooperatives.Where(c => c.LegalName == DemoData.RepCoop).Select(c => c.Id).SingleAsync());

    /// <summary>The language form of My co-op, as a browser posts it (the token from the page).</summary>
    private static async Task<HttpResponseMessage> ChooseLanguageAsync(HttpClient rep, string language)
    {
        var token = await Forms.TokenAsync(rep, "/MyCoop");
        return await rep.PostAsync("/MyCoop?handler=Language", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["language"] = language,
            ["__RequestVerificationToken"] = token,
        }));
    }

    [Test]
    public async Task TheRepReadsMyCoopAndItsFormsInSpanish()
    {
        var rep = await _app.SignedInBrowserAsync(AppFactory.RepEmail);

        var home = await SpanishText.ReadInSpanishAsync(rep, "/MyCoop");
        Assert.That(home, Does.Contain("Mi cooperativa").And.Contain("Situación").And.Contain("Ayuda de la Alianza").And.Contain("Lista de personas")
            .And.Contain("Historial de membresía").And.Contain("Idioma de nuestros correos y estados de cuenta").And.Contain("Activa"));

        var edit = await SpanishText.ReadInSpanishAsync(rep, "/MyCoop/Edit");
        Assert.That(edit, Does.Contain("Editar nuestro perfil").And.Contain("Nombre legal").And.Contain("Oeste de Massachusetts").And.Contain("Cooperativa de trabajo"));

        var person = await SpanishText.ReadInSpanishAsync(rep, "/MyCoop/Person");
        Assert.That(person, Does.Contain("Agregar una persona").And.Contain("Nombre completo").And.Contain("Contacto principal con la Alianza"));
    }

    [Test]
    public async Task TheRepReadsTheAssistancePagesInSpanish()
    {
        var rep = await _app.SignedInBrowserAsync(AppFactory.RepEmail);
        var id = await RequestIdAsync(BylawsRequest);

        var list = await SpanishText.ReadInSpanishAsync(rep, "/MyCoop/Assistance");
        Assert.That(list, Does.Contain("Nuestras solicitudes de ayuda").And.Contain("Bolsa de horas").And.Contain("Cualquier estado").And.Contain("enviada el"));

        var ask = await SpanishText.ReadInSpanishAsync(rep, "/MyCoop/Assistance/New");
        Assert.That(ask, Does.Contain("¿Qué tipo de ayuda?").And.Contain("Asuntos legales y estatutos").And.Contain("Urgente").And.Contain("Videollamada"));

        var request = await SpanishText.ReadInSpanishAsync(rep, $"/MyCoop/Assistance/{id}");
        Assert.That(request, Does.Contain("Lo que usted pidió").And.Contain("Conversación").And.Contain("Quién y cuándo").And.Contain("Cronología"));
    }

    [Test]
    public async Task TheDevelopingCoopsRepReadsTheirPageInSpanish()
    {
        var rep = await _app.SignedInBrowserAsync(DemoData.StartupRepEmail);

        var html = await SpanishText.ReadInSpanishAsync(rep, "/MyProject");

        Assert.That(html, Does.Contain("Dónde están").And.Contain("Grupo en formación").And.Contain("Hitos").And.Contain("Cronología"));
    }

    [Test]
    public async Task TheMentorReadsTheirPagesInSpanish()
    {
        var mentor = await _app.SignedInBrowserAsync(AppFactory.MentorEmail);
        var bakery = await _app.WithDbAsync(db => db.DevelopingCoops.Where(c => c.Name == DemoData.StartupRepCoop).Select(c => c.Id).SingleAsync());

        var home = await SpanishText.ReadInSpanishAsync(mentor, "/Mentor");
        Assert.That(home, Does.Contain("Mi mentoría").And.Contain("Mis cooperativas").And.Contain("Registrar una sesión"));

        var profile = await SpanishText.ReadInSpanishAsync(mentor, "/Mentor/Profile");
        Assert.That(profile, Does.Contain("Mi perfil de mentoría").And.Contain("Disponibilidad").And.Contain("En qué puede ayudar").And.Contain("Guardar mi perfil"));

        var coop = await SpanishText.ReadInSpanishAsync(mentor, $"/Mentor/Coop/{bakery}");
        Assert.That(coop, Does.Contain("Registro de sesiones").And.Contain("Hitos").And.Contain("Duración (minutos)").And.Contain("Próximos pasos"));
    }

    [Test]
    public async Task TheRepChoosesSpanishForTheCoopAndTheAssistanceEmailsFollow()
    {
        var rep = await _app.SignedInBrowserAsync(AppFactory.RepEmail);
        var coopId = await RepCoopIdAsync();

        var response = await ChooseLanguageAsync(rep, "es");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(await _app.WithDbAsync(db => db.Cooperatives.Where(c => c.Id == coopId).Select(c => c.PreferredLanguage).SingleAsync()), Is.EqualTo("es"));
        var home = await (await rep.GetAsync("/MyCoop")).Content.ReadAsStringAsync();
        Assert.That(home, Does.Match("id=\"language-es\"[^>]*checked"), "The current choice is shown.");

        // Staff answer a request: the rep's email is in Spanish, whatever language staff read the page in.
        var staff = await _app.ClientForAsync(AppFactory.StaffEmail);
        var id = await RequestIdAsync(BylawsRequest);
        var comment = await staff.PostAsJsonAsync($"/api/v1/ta-requests/{id}/comments", new { body = "Here is the draft." });
        Assert.That(comment.IsSuccessStatusCode, await comment.Content.ReadAsStringAsync());

        var email = await _app.WithDbAsync(db => db.OutboxMessages.Where(m => m.To == AppFactory.RepEmail && m.Body.Contains("Here is the draft.")).SingleAsync());
        Assert.That(email.Subject, Is.EqualTo($"Nuevo mensaje sobre «{BylawsRequest}»"));
        Assert.That(email.Body, Does.Contain("escribió:").And.Contain("Responda aquí:").And.Contain("En solidaridad,"));
    }

    [Test]
    public async Task ABadLanguageIsRefusedOnThePage()
    {
        var rep = await _app.SignedInBrowserAsync(AppFactory.RepEmail);

        var response = await ChooseLanguageAsync(rep, "fr");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("Choose English or Spanish."));
    }
}
