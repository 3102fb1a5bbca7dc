using CoopAlliance.Application.Assistance;
using CoopAlliance.Application.Cooperatives;
using CoopAlliance.Application.Dues;
using CoopAlliance.Domain.Common;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace CoopAlliance.Web.Pages.MyCoop;

/// <summary>The rep's home: their co-op's standing, what it owes (with the statement to download), history, profile and roster.</summary>
public sealed class IndexModel(IMediator mediator, IStringLocalizer<IndexModel> words) : AppPageModel(mediator)
{
    public CoopDetail Coop { get; private set; } = null!;
    public HoursBalance Hours { get; private set; } = null!;
    public int OpenRequests { get; private set; }
    public DuesAccountDto? Dues { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (RepCoop.IdOf(User) is not { } id || await FindAsync(new GetCoop(id)) is not { } coop)
        {
            return NotFound();
        }

        Coop = coop;
        Hours = await Mediator.Send(new GetHoursBalance(), HttpContext.RequestAborted);
        OpenRequests = (await Mediator.Send(new ListAssistanceRequests { OpenOnly = true, PageSize = 1 }, HttpContext.RequestAborted)).Total;
        Dues = await FindAsync(new GetDuesAccount(id));
        return Page();
    }

    /// <summary>"Download all our data": everything the alliance holds about the rep's co-op, as a ZIP.</summary>
    public async Task<IActionResult> OnGetExportAsync()
    {
        if (RepCoop.IdOf(User) is not { } id || await FindAsync(new ExportCoopData(id)) is not { } file)
        {
            return NotFound();
        }

        return File(file.Content, "application/zip", file.FileName);
    }

    /// <summary>"Language for our emails and statements": the language the alliance writes to the co-op in.</summary>
    public async Task<IActionResult> OnPostLanguageAsync(string? language)
    {
        if (RepCoop.IdOf(User) is not { } id)
        {
            return NotFound();
        }

        var (ok, _) = await TrySendAsync(new SetCoopLanguage(id, language ?? ""), "");
        if (!ok)
        {
            return await OnGetAsync();
        }

        Flash(words["From now on the alliance writes to your co-op in {0}.", Languages.NativeName(language!)]);
        return RedirectToPage("/MyCoop/Index", null, null, "language");
    }
}
