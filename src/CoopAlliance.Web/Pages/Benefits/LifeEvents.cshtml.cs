using CoopAlliance.Application.Benefits.Elections;
using CoopAlliance.Application.Common.Security;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CoopAlliance.Web.Pages.Benefits;

/// <summary>Staff's queue of life events, pending first: open the evidence, approve, or decline with a reason the rep sees.</summary>
[Microsoft.AspNetCore.Authorization.Authorize(Roles = Roles.Staff)]
public sealed class LifeEventsModel(IMediator mediator) : AppPageModel(mediator)
{
    public IReadOnlyList<LifeEventDto> Events { get; private set; } = [];

    public async Task OnGetAsync() => Events = await Mediator.Send(new ListLifeEvents(), HttpContext.RequestAborted);

    public async Task<IActionResult> OnGetEvidenceAsync(int id, int attachmentId)
    {
        var file = await FindAsync(new GetLifeEventAttachment(id, attachmentId));
        if (file is null)
        {
            return NotFound();
        }

        Response.Headers.XContentTypeOptions = "nosniff";
        Response.Headers.CacheControl = "private, no-store";
        return File(file.Data, file.ContentType, file.FileName);
    }

    public async Task<IActionResult> OnPostApproveAsync(int id, int version, string? note)
    {
        var (ok, _) = await TrySendAsync(new ApproveLifeEvent(id, version, note), "");
        return await DoneAsync(ok, "The life event is approved; the co-op can now change the worker's elections.");
    }

    public async Task<IActionResult> OnPostDeclineAsync(int id, int version, string? note)
    {
        var (ok, _) = await TrySendAsync(new DeclineLifeEvent(id, version, note), "");
        return await DoneAsync(ok, "The life event is declined; the co-op's rep sees your reason.");
    }

    private async Task<IActionResult> DoneAsync(bool ok, string message)
    {
        if (ok)
        {
            Flash(message);
            return RedirectToPage();
        }

        // Every message at the top (the note field is the only input).
        var messages = ModelState.Where(e => e.Key.Length > 0).SelectMany(e => e.Value!.Errors.Select(x => x.ErrorMessage)).ToList();
        foreach (var text in messages)
        {
            ModelState.AddModelError(string.Empty, text);
        }

        await OnGetAsync();
        return Page();
    }
}
