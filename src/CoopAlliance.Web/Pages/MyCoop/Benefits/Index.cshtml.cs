using CoopAlliance.Application.Assistance;
using CoopAlliance.Application.Benefits.Elections;
using CoopAlliance.Domain.Benefits;
using CoopAlliance.Web.Infrastructure;
using CoopAlliance.Web.Pages.MyCoop.Assistance;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace CoopAlliance.Web.Pages.MyCoop.Benefits;

/// <summary>
/// A rep's benefits page, phone-first: the plans the co-op takes part in, each worker enrolled, waived or not yet
/// decided with tier and monthly share, the co-op's monthly total; enroll or waive a worker, add a dependent, add a
/// worker's benefits record, report a life event with evidence.
/// </summary>
[AttachmentUploadLimit]
public sealed class IndexModel(IMediator mediator, IOptions<AssistanceOptions> options, IStringLocalizer<IndexModel> t) : AppPageModel(mediator)
{
    public CoopBenefitsDto Benefits { get; private set; } = null!;
    public CoopBenefitMembers Roster { get; private set; } = null!;
    public IReadOnlyList<LifeEventDto> LifeEvents { get; private set; } = [];

    public long MaxBytes => options.Value.MaxAttachmentBytes;

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public Task<IActionResult> OnPostEnrollAsync(int memberId, int planYearId, List<int>? dependentIds, DateOnly? effectiveOn) =>
        SendAsync(coopId => new EnrollWorker(coopId, memberId, planYearId, dependentIds ?? [], effectiveOn ?? default), t["Enrolled. The worker gets an email confirming it."]);

    public Task<IActionResult> OnPostWaiveAsync(int memberId, int planYearId, WaiveReason? waiveReason, DateOnly? effectiveOn) =>
        SendAsync(coopId => new WaiveCoverage(coopId, memberId, planYearId, waiveReason, effectiveOn ?? default), t["Waived. The worker gets an email confirming it."]);

    public Task<IActionResult> OnPostDependentAsync(int memberId, string? firstName, string? lastName, DependentRelationship? relationship,
        DateOnly? birthDate) =>
        SendAsync(coopId => new AddDependent(coopId, memberId, firstName ?? "", lastName ?? "", relationship ?? 0, birthDate, null),
            t["{0} {1} is added as a dependent.", firstName ?? "", lastName ?? ""]);

    public Task<IActionResult> OnPostMemberAsync(int personId, WorkerKind? kind, decimal? hoursPerWeek, DateOnly? hiredOn, string? state,
        DateOnly? birthDate, string? taxpayerId) =>
        SendAsync(coopId => new SaveBenefitMember(coopId, personId, null, null, null, kind ?? WorkerKind.WorkerOwner, hoursPerWeek ?? -1, hiredOn,
            state, null, birthDate, taxpayerId), t["The worker's benefits record is saved."]);

    public async Task<IActionResult> OnPostLifeEventAsync(int memberId, LifeEventKind? kind, DateOnly? happenedOn, string? description, List<IFormFile>? files)
    {
        if (RepCoop.IdOf(User) is not { } coopId)
        {
            return NotFound();
        }

        var read = await AssistanceFiles.ReadAsync(files ?? [], 5, MaxBytes, ModelState, "Files", HttpContext.RequestAborted);
        if (ModelState.IsValid)
        {
            var (ok, _) = await TrySendAsync(new ReportLifeEvent(coopId, memberId, kind ?? 0, happenedOn ?? default, description,
                read.Select(f => new EvidenceFile(f.Name, f.Data)).ToList()), "");
            if (ok)
            {
                Flash(t["The life event is reported. Staff check the evidence; once they approve it, you can change the worker's elections."]);
                return RedirectToPage();
            }
        }

        return await LoadAsync() ? Page() : NotFound();
    }

    private async Task<IActionResult> SendAsync<T>(Func<int, IRequest<T>> request, string done)
    {
        if (RepCoop.IdOf(User) is not { } coopId)
        {
            return NotFound();
        }

        var (ok, _) = await TrySendAsync(request(coopId), "");
        if (ok)
        {
            Flash(done);
            return RedirectToPage();
        }

        return await LoadAsync() ? Page() : NotFound();
    }

    /// <summary>The page's forms are small and many: every message is shown once, at the top, in plain words.</summary>
    private void ShowErrorsAtTop()
    {
        var messages = ModelState.Where(e => e.Key.Length > 0).SelectMany(e => e.Value!.Errors.Select(x => x.ErrorMessage)).ToList();
        foreach (var key in ModelState.Keys.Where(k => k.Length > 0).ToList())
        {
            ModelState.Remove(key);
        }

        foreach (var message in messages)
        {
            ModelState.AddModelError(string.Empty, message);
        }
    }

    /// <summary>The co-op's enrollment summary as a PDF (the same document as the API's summary.pdf).</summary>
    public async Task<IActionResult> OnGetSummaryPdfAsync()
    {
        var file = RepCoop.IdOf(User) is { } coopId ? await FindAsync(new Application.Benefits.Documents.GetEnrollmentSummaryPdf(coopId, DocumentLanguage.Asked(Request))) : null;
        return file is null ? NotFound() : File(file.Content, "application/pdf", file.FileName);
    }

    private async Task<bool> LoadAsync()
    {
        ShowErrorsAtTop();
        if (RepCoop.IdOf(User) is not { } coopId || await FindAsync(new GetCoopBenefits(coopId)) is not { } benefits)
        {
            return false;
        }

        Benefits = benefits;
        Roster = await Mediator.Send(new ListBenefitMembers(coopId), HttpContext.RequestAborted);
        LifeEvents = await Mediator.Send(new ListLifeEvents(coopId), HttpContext.RequestAborted);
        return true;
    }
}

/// <summary>How benefits amounts, days and enum values read on the pages.</summary>
public static class ElectionWords
{
    public static string Money(decimal amount) => amount.ToString("C", System.Globalization.CultureInfo.GetCultureInfo("en-US"));

    public static string Day(DateOnly day) => Application.Common.Words.Formats.Day(day);

    public static string Words<TEnum>(TEnum value) where TEnum : struct, Enum =>
        System.Text.RegularExpressions.Regex.Replace(value.ToString(), "(?<=[a-z])(?=[A-Z])", " ").ToLowerInvariant() is var s && s.Length > 0
            ? char.ToUpperInvariant(s[0]) + s[1..]
            : "";
}
