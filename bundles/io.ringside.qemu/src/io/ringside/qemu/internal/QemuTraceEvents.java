package io.ringside.qemu.internal;

/**
 * The QEMU trace events Ringside parses, as the log backend prints them: one event per line,
 * {@code <name>\t<format>[\t<types>]}, the format as QEMU prints it (PRIx64 and friends already expanded:
 * {@code %u}/{@code %d} decimal, {@code %x} hex without prefix, {@code %p} pointer {@code 0x...} or
 * {@code (nil)}, {@code %s} text), and the C type of each argument where it is narrower than 64 bits:
 * {@code u8 u16 u32 u64} (unsigned), {@code i32 i64} (signed), {@code x8 ... x64} (hex), {@code p},
 * {@code s}, one per conversion (from the events' declarations in QEMU's trace-events files). Without
 * them {@code %u} is an unsigned and {@code %d} a signed 64-bit value. A number beyond its type's range (or
 * negative where unsigned) does not match: QEMU could not have printed it.
 * <p>
 * Sources: QEMU 7.2 hw/virtio, hw/block, hw/scsi, hw/nvme trace-events (the groups enabled by
 * {@code -trace 'virtqueue_*' -trace 'virtio_*' -trace 'pci_nvme_*'}), plus what changed up to QEMU 11.1:
 * the 8.0 NVMe renames ({@code pci_nvme_update_*}) and 8.2's {@code virtio_notify_irqfd_deferred_fn};
 * 10.2 removed {@code virtio_notify_irqfd} (kept: older logs have it). Names not listed here that still
 * match those groups are counted as unmodelled events, not errors.
 * <p>
 * A constant in a class rather than a resource file: reading a resource from the jar costs about 35 ms
 * of every command's start-up (URL and jar connection machinery), more than parsing this table.
 */
final class QemuTraceEvents {

    private QemuTraceEvents() {
    }

    static final String TABLE = """
            virtio_blk_req_complete\tvdev %p req %p status %d\tp p i32
            virtio_blk_rw_complete\tvdev %p req %p ret %d\tp p i32
            virtio_blk_handle_write\tvdev %p req %p sector %u nsectors %u\tp p u64 u64
            virtio_blk_handle_read\tvdev %p req %p sector %u nsectors %u\tp p u64 u64
            virtio_blk_submit_multireq\tvdev %p mrb %p start %d num_reqs %d offset %u size %u is_write %d\tp p i32 i32 u64 u64 i32
            virtio_blk_data_plane_start\tdataplane %p
            virtio_blk_data_plane_stop\tdataplane %p
            pci_nvme_irq_msix\traising MSI-X IRQ vector %u\tu32
            pci_nvme_irq_pin\tpulsing IRQ pin
            pci_nvme_irq_masked\tIRQ is masked
            pci_nvme_dma_read\tDMA read, prp1=0x%x prp2=0x%x
            pci_nvme_dbbuf_config\tdbs_addr=0x%x eis_addr=0x%x
            pci_nvme_map_addr\taddr 0x%x len %u
            pci_nvme_map_addr_cmb\taddr 0x%x len %u
            pci_nvme_map_prp\ttrans_len %u len %u prp1 0x%x prp2 0x%x num_prps %d\tu64 u32 x64 x64 i32
            pci_nvme_map_sgl\ttype 0x%x len %u\tx8 u64
            pci_nvme_io_cmd\tcid %u nsid 0x%x sqid %u opc 0x%x opname '%s'\tu16 x32 u16 x8 s
            pci_nvme_admin_cmd\tcid %u sqid %u opc 0x%x opname '%s'\tu16 u16 x8 s
            pci_nvme_flush_ns\tnsid 0x%x\tx32
            pci_nvme_format_set\tnsid %u lbaf %u mset %u pi %u pil %u\tu32 u8 u8 u8 u8
            pci_nvme_read\tcid %u nsid %u nlb %u count %u lba 0x%x\tu16 u32 u32 u64 x64
            pci_nvme_write\tcid %u opname '%s' nsid %u nlb %u count %u lba 0x%x\tu16 s u32 u32 u64 x64
            pci_nvme_rw_cb\tcid %u blk '%s'\tu16 s
            pci_nvme_misc_cb\tcid %u\tu16
            pci_nvme_dif_rw\tpract 0x%x prinfo 0x%x\tx8 x8
            pci_nvme_dif_rw_cb\tcid %u blk '%s'\tu16 s
            pci_nvme_dif_rw_mdata_in_cb\tcid %u blk '%s'\tu16 s
            pci_nvme_dif_rw_mdata_out_cb\tcid %u blk '%s'\tu16 s
            pci_nvme_dif_rw_check_cb\tcid %u prinfo 0x%x apptag 0x%x appmask 0x%x reftag 0x%x\tu16 x8 x16 x16 x32
            pci_nvme_dif_pract_generate_dif_crc16\tlen %u lba_size %u chksum_len %u apptag 0x%x reftag 0x%x\tu64 u64 u64 x16 x32
            pci_nvme_dif_pract_generate_dif_crc64\tlen %u lba_size %u chksum_len %u apptag 0x%x reftag 0x%x\tu64 u64 u64 x16 x64
            pci_nvme_dif_check\tprinfo 0x%x chksum_len %u\tx8 u16
            pci_nvme_dif_prchk_disabled_crc16\tapptag 0x%x reftag 0x%x\tx16 x32
            pci_nvme_dif_prchk_disabled_crc64\tapptag 0x%x reftag 0x%x\tx16 x64
            pci_nvme_dif_prchk_guard_crc16\tguard 0x%x crc 0x%x\tx16 x16
            pci_nvme_dif_prchk_guard_crc64\tguard 0x%x crc 0x%x\tx64 x64
            pci_nvme_dif_prchk_apptag\tapptag 0x%x elbat 0x%x elbatm 0x%x\tx16 x16 x16
            pci_nvme_dif_prchk_reftag_crc16\treftag 0x%x elbrt 0x%x\tx32 x32
            pci_nvme_dif_prchk_reftag_crc64\treftag 0x%x elbrt 0x%x\tx64 x64
            pci_nvme_copy\tcid %u nsid %u nr %u format 0x%x\tu16 u32 u16 x8
            pci_nvme_copy_source_range\tslba 0x%x nlb %u\tx64 u32
            pci_nvme_copy_out\tslba 0x%x nlb %u\tx64 u32
            pci_nvme_verify\tcid %u nsid %u slba 0x%x nlb %u\tu16 u32 x64 u32
            pci_nvme_verify_mdata_in_cb\tcid %u blk '%s'\tu16 s
            pci_nvme_verify_cb\tcid %u prinfo 0x%x apptag 0x%x appmask 0x%x reftag 0x%x\tu16 x8 x16 x16 x32
            pci_nvme_rw_complete_cb\tcid %u blk '%s'\tu16 s
            pci_nvme_block_status\toffset %d bytes %d pnum %d ret 0x%x zeroed %d\ti64 i64 i64 x32 i32
            pci_nvme_dsm\tnr %u attr 0x%x\tu32 x32
            pci_nvme_dsm_deallocate\tslba %u nlb %u\tu64 u32
            pci_nvme_dsm_single_range_limit_exceeded\tnlb %u dmrsl %u\tu32 u32
            pci_nvme_compare\tcid %u nsid %u slba 0x%x nlb %u\tu16 u32 x64 u32
            pci_nvme_compare_data_cb\tcid %u\tu16
            pci_nvme_compare_mdata_cb\tcid %u\tu16
            pci_nvme_aio_discard_cb\tcid %u\tu16
            pci_nvme_aio_copy_in_cb\tcid %u\tu16
            pci_nvme_aio_flush_cb\tcid %u blk '%s'\tu16 s
            pci_nvme_create_sq\tcreate submission queue, addr=0x%x, sqid=%u, cqid=%u, qsize=%u, qflags=%u\tx64 u16 u16 u16 u16
            pci_nvme_create_cq\tcreate completion queue, addr=0x%x, cqid=%u, vector=%u, qsize=%u, qflags=%u, ien=%d\tx64 u16 u16 u16 u16 i32
            pci_nvme_del_sq\tdeleting submission queue sqid=%u\tu16
            pci_nvme_del_cq\tdeleted completion queue, cqid=%u\tu16
            pci_nvme_identify\tcid %u cns 0x%x ctrlid %u csi 0x%x\tu16 x8 u16 x8
            pci_nvme_identify_ctrl\tidentify controller
            pci_nvme_identify_ctrl_csi\tidentify controller, csi=0x%x\tx8
            pci_nvme_identify_ns\tnsid %u\tu32
            pci_nvme_identify_ctrl_list\tcns 0x%x cntid %u\tx8 u16
            pci_nvme_identify_pri_ctrl_cap\tidentify primary controller capabilities cntlid=%u\tu16
            pci_nvme_identify_sec_ctrl_list\tidentify secondary controller list cntlid=%u numcntl=%u\tu16 u8
            pci_nvme_identify_ns_csi\tnsid=%u, csi=0x%x\tu32 x8
            pci_nvme_identify_nslist\tnsid %u\tu32
            pci_nvme_identify_nslist_csi\tnsid=%u, csi=0x%x\tu16 x8
            pci_nvme_identify_cmd_set\tidentify i/o command set
            pci_nvme_identify_ns_descr_list\tnsid %u\tu32
            pci_nvme_get_log\tcid %u lid 0x%x lsp 0x%x rae 0x%x len %u off %u\tu16 x8 x8 x8 u32 u64
            pci_nvme_getfeat\tcid %u nsid 0x%x fid 0x%x sel 0x%x cdw11 0x%x\tu16 x32 x8 x8 x32
            pci_nvme_setfeat\tcid %u nsid 0x%x fid 0x%x save 0x%x cdw11 0x%x\tu16 x32 x8 x8 x32
            pci_nvme_getfeat_vwcache\tget feature volatile write cache, result=%s
            pci_nvme_getfeat_numq\tget feature number of queues, result=%d\ti32
            pci_nvme_setfeat_numq\trequested cq_count=%d sq_count=%d, responding with cq_count=%d sq_count=%d\ti32 i32 i32 i32
            pci_nvme_setfeat_timestamp\tset feature timestamp = 0x%x
            pci_nvme_getfeat_timestamp\tget feature timestamp = 0x%x
            pci_nvme_process_aers\tqueued %d\ti32
            pci_nvme_aer\tcid %u\tu16
            pci_nvme_aer_aerl_exceeded\taerl exceeded
            pci_nvme_aer_masked\ttype 0x%x mask 0x%x\tx8 x8
            pci_nvme_aer_post_cqe\ttype 0x%x info 0x%x lid 0x%x\tx8 x8 x8
            pci_nvme_ns_attachment\tcid %u, sel=0x%x\tu16 x8
            pci_nvme_ns_attachment_attach\tcntlid=0x%x, nsid=0x%x\tx16 x32
            pci_nvme_enqueue_event\ttype 0x%x info 0x%x lid 0x%x\tx8 x8 x8
            pci_nvme_enqueue_event_noqueue\tqueued %d\ti32
            pci_nvme_enqueue_event_masked\ttype 0x%x\tx8
            pci_nvme_no_outstanding_aers\tignoring event; no outstanding AERs
            pci_nvme_enqueue_req_completion\tcid %u cqid %u dw0 0x%x dw1 0x%x status 0x%x\tu16 u16 x32 x32 x16
            pci_nvme_eventidx_cq\tcqid %u new_eventidx %u\tu16 u16
            pci_nvme_eventidx_sq\tsqid %u new_eventidx %u\tu16 u16
            pci_nvme_mmio_read\taddr 0x%x size %d\tx64 i32
            pci_nvme_mmio_write\taddr 0x%x data 0x%x size %d\tx64 x64 i32
            pci_nvme_mmio_doorbell_cq\tcqid %u new_head %u\tu16 u16
            pci_nvme_mmio_doorbell_sq\tsqid %u new_tail %u\tu16 u16
            pci_nvme_mmio_intm_set\twrote MMIO, interrupt mask set, data=0x%x, new_mask=0x%x
            pci_nvme_mmio_intm_clr\twrote MMIO, interrupt mask clr, data=0x%x, new_mask=0x%x
            pci_nvme_mmio_cfg\twrote MMIO, config controller config=0x%x
            pci_nvme_mmio_aqattr\twrote MMIO, admin queue attributes=0x%x
            pci_nvme_mmio_asqaddr\twrote MMIO, admin submission queue address=0x%x
            pci_nvme_mmio_acqaddr\twrote MMIO, admin completion queue address=0x%x
            pci_nvme_mmio_asqaddr_hi\twrote MMIO, admin submission queue high half=0x%x, new_address=0x%x
            pci_nvme_mmio_acqaddr_hi\twrote MMIO, admin completion queue high half=0x%x, new_address=0x%x
            pci_nvme_mmio_start_success\tsetting controller enable bit succeeded
            pci_nvme_mmio_stopped\tcleared controller enable bit
            pci_nvme_mmio_shutdown_set\tshutdown bit set
            pci_nvme_mmio_shutdown_cleared\tshutdown bit cleared
            pci_nvme_shadow_doorbell_cq\tcqid %u new_shadow_doorbell %u\tu16 u16
            pci_nvme_shadow_doorbell_sq\tsqid %u new_shadow_doorbell %u\tu16 u16
            pci_nvme_open_zone\topen zone, slba=%u, idx=%u, all=%d\tu64 u32 i32
            pci_nvme_close_zone\tclose zone, slba=%u, idx=%u, all=%d\tu64 u32 i32
            pci_nvme_finish_zone\tfinish zone, slba=%u, idx=%u, all=%d\tu64 u32 i32
            pci_nvme_reset_zone\treset zone, slba=%u, idx=%u, all=%d\tu64 u32 i32
            pci_nvme_zns_zone_reset\tzslba 0x%x
            pci_nvme_offline_zone\toffline zone, slba=%u, idx=%u, all=%d\tu64 u32 i32
            pci_nvme_set_descriptor_extension\tset zone descriptor extension, slba=%u, idx=%u\tu64 u32
            pci_nvme_zd_extension_set\tset descriptor extension for zone_idx=%u\tu32
            pci_nvme_clear_ns_close\tzone state=%u, slba=%u transitioned to Closed state\tu32 u64
            pci_nvme_clear_ns_reset\tzone state=%u, slba=%u transitioned to Empty state\tu32 u64
            pci_nvme_zoned_zrwa_implicit_flush\tzslba 0x%x nlb %u\tx64 u32
            pci_nvme_pci_reset\tPCI Function Level Reset
            pci_nvme_virt_mngmt\tcid %u, act=0x%x, ctrlid=%u %s nr=%u\tu16 x16 u16 s u16
            pci_nvme_err_mdts\tlen %u
            pci_nvme_err_zasl\tlen %u
            pci_nvme_err_req_status\tcid %u nsid %u status 0x%x opc 0x%x\tu16 u32 x16 x8
            pci_nvme_err_addr_read\taddr 0x%x
            pci_nvme_err_addr_write\taddr 0x%x
            pci_nvme_err_cfs\tcontroller fatal status
            pci_nvme_err_aio\tcid %u err '%s' status 0x%x\tu16 s x16
            pci_nvme_err_copy_invalid_format\tformat 0x%x\tx8
            pci_nvme_err_invalid_sgld\tcid %u type 0x%x\tu16 x8
            pci_nvme_err_invalid_num_sgld\tcid %u type 0x%x\tu16 x8
            pci_nvme_err_invalid_sgl_excess_length\tresidual %u\tu32
            pci_nvme_err_invalid_dma\tPRP/SGL is too small for transfer size
            pci_nvme_err_invalid_prplist_ent\tPRP list entry is not page aligned: 0x%x
            pci_nvme_err_invalid_prp2_align\tPRP2 is not page aligned: 0x%x
            pci_nvme_err_invalid_opc\tinvalid opcode 0x%x\tx8
            pci_nvme_err_invalid_admin_opc\tinvalid admin opcode 0x%x\tx8
            pci_nvme_err_invalid_lba_range\tInvalid LBA start=%u len=%u limit=%u
            pci_nvme_err_invalid_log_page_offset\tmust be <= %u, got %u
            pci_nvme_err_cmb_invalid_cba\tcmbmsc 0x%x
            pci_nvme_err_cmb_not_enabled\tcmbmsc 0x%x
            pci_nvme_err_unaligned_zone_cmd\tunaligned zone op 0x%x, got slba=%u, zslba=%u\tx8 u64 u64
            pci_nvme_err_invalid_zone_state_transition\taction=0x%x, slba=%u, attrs=0x%x\tx8 u64 x8
            pci_nvme_err_write_not_at_wp\twriting at slba=%u, zone=%u, but wp=%u
            pci_nvme_err_append_not_at_start\tappending at slba=%u, but zone=%u
            pci_nvme_err_zone_is_full\tzslba 0x%x
            pci_nvme_err_zone_is_read_only\tzslba 0x%x
            pci_nvme_err_zone_is_offline\tzslba 0x%x
            pci_nvme_err_zone_boundary\tlba 0x%x nlb %u zcap 0x%x\tx64 u32 x64
            pci_nvme_err_zone_invalid_write\tlba 0x%x wp 0x%x
            pci_nvme_err_zone_write_not_ok\tslba=%u, nlb=%u, status=0x%x\tu64 u32 x16
            pci_nvme_err_zone_read_not_ok\tslba=%u, nlb=%u, status=0x%x\tu64 u32 x16
            pci_nvme_err_insuff_active_res\tmax_active=%u zone limit exceeded\tu32
            pci_nvme_err_insuff_open_res\tmax_open=%u zone limit exceeded\tu32
            pci_nvme_err_zd_extension_map_error\tcan't map descriptor extension for zone_idx=%u\tu32
            pci_nvme_err_invalid_iocsci\tunsupported command set combination index %u\tu32
            pci_nvme_err_invalid_del_sq\tinvalid submission queue deletion, sid=%u\tu16
            pci_nvme_err_invalid_create_sq_cqid\tfailed creating submission queue, invalid cqid=%u\tu16
            pci_nvme_err_invalid_create_sq_sqid\tfailed creating submission queue, invalid sqid=%u\tu16
            pci_nvme_err_invalid_create_sq_size\tfailed creating submission queue, invalid qsize=%u\tu16
            pci_nvme_err_invalid_create_sq_addr\tfailed creating submission queue, addr=0x%x
            pci_nvme_err_invalid_create_sq_qflags\tfailed creating submission queue, qflags=%u\tu16
            pci_nvme_err_invalid_del_cq_cqid\tfailed deleting completion queue, cqid=%u\tu16
            pci_nvme_err_invalid_del_cq_notempty\tfailed deleting completion queue, it is not empty, cqid=%u\tu16
            pci_nvme_err_invalid_create_cq_cqid\tfailed creating completion queue, cqid=%u\tu16
            pci_nvme_err_invalid_create_cq_size\tfailed creating completion queue, size=%u\tu16
            pci_nvme_err_invalid_create_cq_addr\tfailed creating completion queue, addr=0x%x
            pci_nvme_err_invalid_create_cq_vector\tfailed creating completion queue, vector=%u\tu16
            pci_nvme_err_invalid_create_cq_qflags\tfailed creating completion queue, qflags=%u\tu16
            pci_nvme_err_invalid_identify_cns\tidentify, invalid cns=0x%x\tx16
            pci_nvme_err_invalid_getfeat\tinvalid get features, dw10=0x%x\tx32
            pci_nvme_err_invalid_setfeat\tinvalid set features, dw10=0x%x\tx32
            pci_nvme_err_invalid_log_page\tcid %u lid 0x%x\tu16 x16
            pci_nvme_err_startfail_cq\tnvme_start_ctrl failed because there are non-admin completion queues
            pci_nvme_err_startfail_sq\tnvme_start_ctrl failed because there are non-admin submission queues
            pci_nvme_err_startfail_asq_misaligned\tnvme_start_ctrl failed because the admin submission queue address is misaligned: 0x%x
            pci_nvme_err_startfail_acq_misaligned\tnvme_start_ctrl failed because the admin completion queue address is misaligned: 0x%x
            pci_nvme_err_startfail_page_too_small\tnvme_start_ctrl failed because the page size is too small: log2size=%u, min=%u\tu8 u8
            pci_nvme_err_startfail_page_too_large\tnvme_start_ctrl failed because the page size is too large: log2size=%u, max=%u\tu8 u8
            pci_nvme_err_startfail_cqent_too_small\tnvme_start_ctrl failed because the completion queue entry size is too small: log2size=%u, min=%u\tu8 u8
            pci_nvme_err_startfail_cqent_too_large\tnvme_start_ctrl failed because the completion queue entry size is too large: log2size=%u, max=%u\tu8 u8
            pci_nvme_err_startfail_sqent_too_small\tnvme_start_ctrl failed because the submission queue entry size is too small: log2size=%u, min=%u\tu8 u8
            pci_nvme_err_startfail_sqent_too_large\tnvme_start_ctrl failed because the submission queue entry size is too large: log2size=%u, max=%u\tu8 u8
            pci_nvme_err_startfail_css\tnvme_start_ctrl failed because invalid command set selected:%u\tu8
            pci_nvme_err_startfail_asqent_sz_zero\tnvme_start_ctrl failed because the admin submission queue size is zero
            pci_nvme_err_startfail_acqent_sz_zero\tnvme_start_ctrl failed because the admin completion queue size is zero
            pci_nvme_err_startfail_zasl_too_small\tnvme_start_ctrl failed because zone append size limit %u is too small, needs to be >= %u\tu32 u32
            pci_nvme_err_startfail\tsetting controller enable bit failed
            pci_nvme_err_startfail_virt_state\tnvme_start_ctrl failed due to ctrl state: vi=%u vq=%u %s\tu16 u16 s
            pci_nvme_err_invalid_mgmt_action\taction=0x%x\tx8
            pci_nvme_err_ignored_mmio_vf_offline\taddr 0x%x size %d\tx64 i32
            pci_nvme_ub_mmiowr_misaligned32\tMMIO write not 32-bit aligned, offset=0x%x
            pci_nvme_ub_mmiowr_toosmall\tMMIO write smaller than 32 bits, offset=0x%x, size=%u\tx64 u32
            pci_nvme_ub_mmiowr_intmask_with_msix\tundefined access to interrupt mask set when MSI-X is enabled
            pci_nvme_ub_mmiowr_ro_csts\tattempted to set a read only bit of controller status
            pci_nvme_ub_mmiowr_ssreset_w1c_unsupported\tattempted to W1C CSTS.NSSRO but CAP.NSSRS is zero (not supported)
            pci_nvme_ub_mmiowr_ssreset_unsupported\tattempted NVM subsystem reset but CAP.NSSRS is zero (not supported)
            pci_nvme_ub_mmiowr_cmbloc_reserved\tinvalid write to reserved CMBLOC when CMBSZ is zero, ignored
            pci_nvme_ub_mmiowr_cmbsz_readonly\tinvalid write to read only CMBSZ, ignored
            pci_nvme_ub_mmiowr_pmrcap_readonly\tinvalid write to read only PMRCAP, ignored
            pci_nvme_ub_mmiowr_pmrsts_readonly\tinvalid write to read only PMRSTS, ignored
            pci_nvme_ub_mmiowr_pmrebs_readonly\tinvalid write to read only PMREBS, ignored
            pci_nvme_ub_mmiowr_pmrswtp_readonly\tinvalid write to read only PMRSWTP, ignored
            pci_nvme_ub_mmiowr_invalid\tinvalid MMIO write, offset=0x%x, data=0x%x
            pci_nvme_ub_mmiord_misaligned32\tMMIO read not 32-bit aligned, offset=0x%x
            pci_nvme_ub_mmiord_toosmall\tMMIO read smaller than 32-bits, offset=0x%x
            pci_nvme_ub_mmiord_invalid_ofs\tMMIO read beyond last register, offset=0x%x, returning 0
            pci_nvme_ub_db_wr_misaligned\tdoorbell write not 32-bit aligned, offset=0x%x, ignoring
            pci_nvme_ub_db_wr_invalid_cq\tcompletion queue doorbell write for nonexistent queue, cqid=%u, ignoring\tu32
            pci_nvme_ub_db_wr_invalid_cqhead\tcompletion queue doorbell write value beyond queue size, cqid=%u, new_head=%u, ignoring\tu32 u16
            pci_nvme_ub_db_wr_invalid_sq\tsubmission queue doorbell write for nonexistent queue, sqid=%u, ignoring\tu32
            pci_nvme_ub_db_wr_invalid_sqtail\tsubmission queue doorbell write value beyond queue size, sqid=%u, new_head=%u, ignoring\tu32 u16
            pci_nvme_ub_unknown_css_value\tunknown value in cc.css field
            pci_nvme_ub_too_many_mappings\ttoo many prp/sgl mappings
            virtio_scsi_cmd_req\tvirtio_scsi_cmd_req lun=%u tag=0x%x cmd=0x%x
            virtio_scsi_cmd_resp\tvirtio_scsi_cmd_resp lun=%u tag=0x%x response=%d status=0x%x
            virtio_scsi_tmf_req\tvirtio_scsi_tmf_req lun=%u tag=0x%x subtype=%d
            virtio_scsi_tmf_resp\tvirtio_scsi_tmf_resp lun=%u tag=0x%x response=%d
            virtio_scsi_an_req\tvirtio_scsi_an_req lun=%u event_requested=0x%x
            virtio_scsi_an_resp\tvirtio_scsi_an_resp lun=%u response=%d
            virtio_scsi_event\tvirtio_scsi_event lun=%u event=%d reason=%d
            virtqueue_alloc_element\telem %p size %d in_num %u out_num %u\tp i64 u32 u32
            virtqueue_fill\tvq %p elem %p len %u idx %u\tp p u32 u32
            virtqueue_flush\tvq %p count %u\tp u32
            virtqueue_pop\tvq %p elem %p in_num %u out_num %u\tp p u32 u32
            virtio_queue_notify\tvdev %p n %d vq %p\tp i32 p
            virtio_notify_irqfd\tvdev %p vq %p
            virtio_notify_irqfd_deferred_fn\tvdev %p vq %p
            virtio_notify\tvdev %p vq %p
            virtio_set_status\tvdev %p val %u\tp u8
            virtio_pci_notify\tvirtio_pci_notify vec 0x%x\tx16
            virtio_pci_notify_write\t0x%x = 0x%x (%d)\tx64 x64 i32
            virtio_pci_notify_write_pio\t0x%x = 0x%x (%d)\tx64 x64 i32
            pci_nvme_update_cq_eventidx\tcqid %u new_eventidx %u\tu16 u16
            pci_nvme_update_sq_eventidx\tsqid %u new_eventidx %u\tu16 u16
            pci_nvme_update_cq_head\tcqid %u new_head %u\tu16 u16
            pci_nvme_update_sq_tail\tsqid %u new_tail %u\tu16 u16
            virtio_mmio_read\tvirtio_mmio_read offset 0x%x
            virtio_mmio_write_offset\tvirtio_mmio_write offset 0x%x value 0x%x
            virtio_mmio_guest_page\tguest page size 0x%x shift %d\tx64 i32
            virtio_mmio_queue_write\tmmio_queue write 0x%x max %d\tx64 i32
            virtio_mmio_setting_irq\tvirtio_mmio setting IRQ %d\ti32
            """;
}
