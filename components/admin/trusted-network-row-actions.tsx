"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { deleteTrustedNetworkAction } from "@/app/(dashboard)/admin/trusted-networks/actions";
import { Button } from "@/components/ui/button";
import { useToast } from "@/components/ui/toaster";
import { TrustedNetworkForm, type TrustedNetworkValues } from "./trusted-network-form";

export function TrustedNetworkRowActions({ network, systems }: { network: TrustedNetworkValues; systems: Array<{ id: string; name: string }> }) {
  const router = useRouter();
  const toast = useToast();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState(false);

  async function remove() {
    setPending(true);
    const result = await deleteTrustedNetworkAction({ id: network.id });
    setPending(false);
    setConfirming(false);
    toast(result.ok ? `${network.cidr} is no longer trusted.` : result.error, result.ok ? "success" : "error");
    router.refresh();
  }

  return (
    <div className="space-y-2">
      <div className="flex gap-2">
        <Button size="sm" variant="secondary" onClick={() => setEditing(!editing)} aria-expanded={editing}>
          {editing ? "Close" : "Edit"}
        </Button>
        {confirming ? (
          <>
            <Button size="sm" variant="danger" onClick={remove} disabled={pending}>
              Confirm delete
            </Button>
            <Button size="sm" variant="ghost" onClick={() => setConfirming(false)}>
              Keep
            </Button>
          </>
        ) : (
          <Button size="sm" variant="danger" onClick={() => setConfirming(true)} aria-label={`Delete ${network.cidr}`}>
            Delete
          </Button>
        )}
      </div>
      {editing ? (
        <div className="w-72">
          <TrustedNetworkForm network={network} systems={systems} onDone={() => setEditing(false)} />
        </div>
      ) : null}
    </div>
  );
}
