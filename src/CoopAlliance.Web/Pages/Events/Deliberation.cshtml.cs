using CoopAlliance.Application.Events.Deliberation;
using CoopAlliance.Domain.Events;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CoopAlliance.Web.Pages.Events;

/// <summary>
/// The facilitator's page (staff): open and close the dot vote, live totals by theme, hide proposals, record the
/// commitments and see their status (CSV export through the API).
/// </summary>
public sealed class DeliberationModel(IMediator mediator) : AppPageModel(mediator)
{
    [FromQuery] public int Id { get; set; }
    [BindProperty] public CommitmentInput Input { get; set; } = new();
    public ProposalBoardDto Board { get; private set; } = null!;
    public IReadOnlyList<CommitmentDto> Commitments { get; private set; } = [];

    public sealed class CommitmentInput
    {
        public string Action { get; set; } = "";
        public string OrganisationName { get; set; } = "";
        public string OwnerName { get; set; } = "";
        public string OwnerEmail { get; set; } = "";
        public int? ProposalId { get; set; }
    }

    public async Task OnGetAsync() => await LoadAsync();

    public Task<IActionResult> OnPostOpenAsync() => ActAsync(new OpenVoting(Id), "The vote is open.");

    public Task<IActionResult> OnPostCloseAsync() => ActAsync(new CloseVoting(Id), "The vote is closed; the totals are now public.");

    public Task<IActionResult> OnPostHideAsync(int proposalId, bool hidden) =>
        ActAsync(new HideProposal(Id, proposalId, hidden), hidden ? "The proposal is hidden." : "The proposal is back on the board.");

    public async Task<IActionResult> OnPostCommitAsync()
    {
        if (ModelState.IsValid)
        {
            var (ok, _) = await TrySendAsync(new RecordCommitment
            {
                EventId = Id,
                Action = Input.Action,
                OrganisationName = Input.OrganisationName,
                OwnerName = Input.OwnerName,
                OwnerEmail = Input.OwnerEmail,
                ProposalId = Input.ProposalId,
            });
            if (ok)
            {
                TempData["Message"] = "Commitment recorded.";
                return RedirectToPage(new { Id });
            }
        }

        await LoadAsync();
        return Page();
    }

    private async Task<IActionResult> ActAsync(IRequest<Unit> command, string done)
    {
        var (ok, _) = await TrySendAsync(command, "");
        if (!ok)
        {
            await LoadAsync();
            return Page();
        }

        TempData["Message"] = done;
        return RedirectToPage(new { Id });
    }

    private async Task LoadAsync()
    {
        Board = await Mediator.Send(new ListProposals(Id), HttpContext.RequestAborted);
        Commitments = await Mediator.Send(new ListCommitments(Id), HttpContext.RequestAborted);
    }

    public bool VotingOpen => Board.Voting == VotingStatus.Open;
}
