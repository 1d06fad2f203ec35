/**
 */
package io.ringside.model.nvme.impl;

import io.ringside.model.nvme.BufferValue;
import io.ringside.model.nvme.CompletionEntry;
import io.ringside.model.nvme.CompletionQueue;
import io.ringside.model.nvme.Controller;
import io.ringside.model.nvme.DoorbellRegister;
import io.ringside.model.nvme.EventIdxBuffer;
import io.ringside.model.nvme.NvmeFactory;
import io.ringside.model.nvme.NvmePackage;
import io.ringside.model.nvme.QueuePair;
import io.ringside.model.nvme.ShadowDoorbellBuffer;
import io.ringside.model.nvme.SlotState;
import io.ringside.model.nvme.SubmissionEntry;
import io.ringside.model.nvme.SubmissionQueue;

import io.ringside.model.trace.TracePackage;

import io.ringside.model.trace.impl.TracePackageImpl;

import io.ringside.model.virtio.VirtioPackage;

import io.ringside.model.virtio.impl.VirtioPackageImpl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class NvmePackageImpl extends EPackageImpl implements NvmePackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass controllerEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass queuePairEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass submissionQueueEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass completionQueueEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass submissionEntryEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass completionEntryEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass doorbellRegisterEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass bufferValueEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass shadowDoorbellBufferEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass eventIdxBufferEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum slotStateEEnum = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see io.ringside.model.nvme.NvmePackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private NvmePackageImpl() {
		super(eNS_URI, NvmeFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link NvmePackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static NvmePackage init() {
		if (isInited) return (NvmePackage)EPackage.Registry.INSTANCE.getEPackage(NvmePackage.eNS_URI);

		// Obtain or create and register package
		Object registeredNvmePackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		NvmePackageImpl theNvmePackage = registeredNvmePackage instanceof NvmePackageImpl ? (NvmePackageImpl)registeredNvmePackage : new NvmePackageImpl();

		isInited = true;

		// Obtain or create and register interdependencies
		Object registeredPackage = EPackage.Registry.INSTANCE.getEPackage(TracePackage.eNS_URI);
		TracePackageImpl theTracePackage = (TracePackageImpl)(registeredPackage instanceof TracePackageImpl ? registeredPackage : TracePackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(VirtioPackage.eNS_URI);
		VirtioPackageImpl theVirtioPackage = (VirtioPackageImpl)(registeredPackage instanceof VirtioPackageImpl ? registeredPackage : VirtioPackage.eINSTANCE);

		// Create package meta-data objects
		theNvmePackage.createPackageContents();
		theTracePackage.createPackageContents();
		theVirtioPackage.createPackageContents();

		// Initialize created meta-data
		theNvmePackage.initializePackageContents();
		theTracePackage.initializePackageContents();
		theVirtioPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theNvmePackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(NvmePackage.eNS_URI, theNvmePackage);
		return theNvmePackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getController() {
		return controllerEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getController_Dstrd() {
		return (EAttribute)controllerEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getController_ShadowDoorbells() {
		return (EAttribute)controllerEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getController_Doorbells() {
		return (EReference)controllerEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getController_ShadowBuffer() {
		return (EReference)controllerEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getController_EventIdxBuffer() {
		return (EReference)controllerEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getQueuePair() {
		return queuePairEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getQueuePair_Sq() {
		return (EReference)queuePairEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getQueuePair_Cq() {
		return (EReference)queuePairEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSubmissionQueue() {
		return submissionQueueEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSubmissionQueue_Qid() {
		return (EAttribute)submissionQueueEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSubmissionQueue_Size() {
		return (EAttribute)submissionQueueEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSubmissionQueue_Cqid() {
		return (EAttribute)submissionQueueEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSubmissionQueue_Address() {
		return (EAttribute)submissionQueueEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSubmissionQueue_Created() {
		return (EAttribute)submissionQueueEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSubmissionQueue_Head() {
		return (EAttribute)submissionQueueEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSubmissionQueue_HostTail() {
		return (EAttribute)submissionQueueEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSubmissionQueue_PublishedTail() {
		return (EAttribute)submissionQueueEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSubmissionQueue_ControllerTail() {
		return (EAttribute)submissionQueueEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSubmissionQueue_Doorbell() {
		return (EAttribute)submissionQueueEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSubmissionQueue_Pending() {
		return (EAttribute)submissionQueueEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSubmissionQueue_Commands() {
		return (EAttribute)submissionQueueEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSubmissionQueue_MmioDoorbells() {
		return (EAttribute)submissionQueueEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSubmissionQueue_SkippedDoorbells() {
		return (EAttribute)submissionQueueEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSubmissionQueue_ShadowUpdates() {
		return (EAttribute)submissionQueueEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSubmissionQueue_Entries() {
		return (EReference)submissionQueueEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSubmissionQueue_Label() {
		return (EAttribute)submissionQueueEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCompletionQueue() {
		return completionQueueEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCompletionQueue_Qid() {
		return (EAttribute)completionQueueEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCompletionQueue_Size() {
		return (EAttribute)completionQueueEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCompletionQueue_Vector() {
		return (EAttribute)completionQueueEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCompletionQueue_Address() {
		return (EAttribute)completionQueueEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCompletionQueue_Created() {
		return (EAttribute)completionQueueEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCompletionQueue_Tail() {
		return (EAttribute)completionQueueEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCompletionQueue_Phase() {
		return (EAttribute)completionQueueEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCompletionQueue_ControllerHead() {
		return (EAttribute)completionQueueEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCompletionQueue_HostHead() {
		return (EAttribute)completionQueueEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCompletionQueue_HostPhase() {
		return (EAttribute)completionQueueEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCompletionQueue_Doorbell() {
		return (EAttribute)completionQueueEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCompletionQueue_Unconsumed() {
		return (EAttribute)completionQueueEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCompletionQueue_Completions() {
		return (EAttribute)completionQueueEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCompletionQueue_MmioDoorbells() {
		return (EAttribute)completionQueueEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCompletionQueue_SkippedDoorbells() {
		return (EAttribute)completionQueueEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCompletionQueue_Interrupts() {
		return (EAttribute)completionQueueEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCompletionQueue_Entries() {
		return (EReference)completionQueueEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCompletionQueue_Label() {
		return (EAttribute)completionQueueEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSubmissionEntry() {
		return submissionEntryEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSubmissionEntry_Slot() {
		return (EAttribute)submissionEntryEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSubmissionEntry_Cid() {
		return (EAttribute)submissionEntryEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSubmissionEntry_Opcode() {
		return (EAttribute)submissionEntryEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSubmissionEntry_State() {
		return (EAttribute)submissionEntryEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSubmissionEntry_Label() {
		return (EAttribute)submissionEntryEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCompletionEntry() {
		return completionEntryEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCompletionEntry_Slot() {
		return (EAttribute)completionEntryEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCompletionEntry_Cid() {
		return (EAttribute)completionEntryEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCompletionEntry_Sqid() {
		return (EAttribute)completionEntryEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCompletionEntry_Phase() {
		return (EAttribute)completionEntryEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCompletionEntry_Consumed() {
		return (EAttribute)completionEntryEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCompletionEntry_Label() {
		return (EAttribute)completionEntryEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDoorbellRegister() {
		return doorbellRegisterEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDoorbellRegister_Qid() {
		return (EAttribute)doorbellRegisterEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDoorbellRegister_Kind() {
		return (EAttribute)doorbellRegisterEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDoorbellRegister_Offset() {
		return (EAttribute)doorbellRegisterEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDoorbellRegister_Value() {
		return (EAttribute)doorbellRegisterEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDoorbellRegister_Writes() {
		return (EAttribute)doorbellRegisterEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDoorbellRegister_Skipped() {
		return (EAttribute)doorbellRegisterEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDoorbellRegister_Label() {
		return (EAttribute)doorbellRegisterEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBufferValue() {
		return bufferValueEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBufferValue_Qid() {
		return (EAttribute)bufferValueEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBufferValue_Kind() {
		return (EAttribute)bufferValueEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBufferValue_Value() {
		return (EAttribute)bufferValueEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBufferValue_Label() {
		return (EAttribute)bufferValueEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getShadowDoorbellBuffer() {
		return shadowDoorbellBufferEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getShadowDoorbellBuffer_Address() {
		return (EAttribute)shadowDoorbellBufferEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getShadowDoorbellBuffer_Enabled() {
		return (EAttribute)shadowDoorbellBufferEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getShadowDoorbellBuffer_Values() {
		return (EReference)shadowDoorbellBufferEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getShadowDoorbellBuffer_Label() {
		return (EAttribute)shadowDoorbellBufferEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEventIdxBuffer() {
		return eventIdxBufferEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEventIdxBuffer_Address() {
		return (EAttribute)eventIdxBufferEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEventIdxBuffer_Enabled() {
		return (EAttribute)eventIdxBufferEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEventIdxBuffer_Values() {
		return (EReference)eventIdxBufferEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEventIdxBuffer_Label() {
		return (EAttribute)eventIdxBufferEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSlotState() {
		return slotStateEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NvmeFactory getNvmeFactory() {
		return (NvmeFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		controllerEClass = createEClass(CONTROLLER);
		createEAttribute(controllerEClass, CONTROLLER__DSTRD);
		createEAttribute(controllerEClass, CONTROLLER__SHADOW_DOORBELLS);
		createEReference(controllerEClass, CONTROLLER__DOORBELLS);
		createEReference(controllerEClass, CONTROLLER__SHADOW_BUFFER);
		createEReference(controllerEClass, CONTROLLER__EVENT_IDX_BUFFER);

		queuePairEClass = createEClass(QUEUE_PAIR);
		createEReference(queuePairEClass, QUEUE_PAIR__SQ);
		createEReference(queuePairEClass, QUEUE_PAIR__CQ);

		submissionQueueEClass = createEClass(SUBMISSION_QUEUE);
		createEAttribute(submissionQueueEClass, SUBMISSION_QUEUE__QID);
		createEAttribute(submissionQueueEClass, SUBMISSION_QUEUE__SIZE);
		createEAttribute(submissionQueueEClass, SUBMISSION_QUEUE__CQID);
		createEAttribute(submissionQueueEClass, SUBMISSION_QUEUE__ADDRESS);
		createEAttribute(submissionQueueEClass, SUBMISSION_QUEUE__CREATED);
		createEAttribute(submissionQueueEClass, SUBMISSION_QUEUE__HEAD);
		createEAttribute(submissionQueueEClass, SUBMISSION_QUEUE__HOST_TAIL);
		createEAttribute(submissionQueueEClass, SUBMISSION_QUEUE__PUBLISHED_TAIL);
		createEAttribute(submissionQueueEClass, SUBMISSION_QUEUE__CONTROLLER_TAIL);
		createEAttribute(submissionQueueEClass, SUBMISSION_QUEUE__DOORBELL);
		createEAttribute(submissionQueueEClass, SUBMISSION_QUEUE__PENDING);
		createEAttribute(submissionQueueEClass, SUBMISSION_QUEUE__COMMANDS);
		createEAttribute(submissionQueueEClass, SUBMISSION_QUEUE__MMIO_DOORBELLS);
		createEAttribute(submissionQueueEClass, SUBMISSION_QUEUE__SKIPPED_DOORBELLS);
		createEAttribute(submissionQueueEClass, SUBMISSION_QUEUE__SHADOW_UPDATES);
		createEReference(submissionQueueEClass, SUBMISSION_QUEUE__ENTRIES);
		createEAttribute(submissionQueueEClass, SUBMISSION_QUEUE__LABEL);

		completionQueueEClass = createEClass(COMPLETION_QUEUE);
		createEAttribute(completionQueueEClass, COMPLETION_QUEUE__QID);
		createEAttribute(completionQueueEClass, COMPLETION_QUEUE__SIZE);
		createEAttribute(completionQueueEClass, COMPLETION_QUEUE__VECTOR);
		createEAttribute(completionQueueEClass, COMPLETION_QUEUE__ADDRESS);
		createEAttribute(completionQueueEClass, COMPLETION_QUEUE__CREATED);
		createEAttribute(completionQueueEClass, COMPLETION_QUEUE__TAIL);
		createEAttribute(completionQueueEClass, COMPLETION_QUEUE__PHASE);
		createEAttribute(completionQueueEClass, COMPLETION_QUEUE__CONTROLLER_HEAD);
		createEAttribute(completionQueueEClass, COMPLETION_QUEUE__HOST_HEAD);
		createEAttribute(completionQueueEClass, COMPLETION_QUEUE__HOST_PHASE);
		createEAttribute(completionQueueEClass, COMPLETION_QUEUE__DOORBELL);
		createEAttribute(completionQueueEClass, COMPLETION_QUEUE__UNCONSUMED);
		createEAttribute(completionQueueEClass, COMPLETION_QUEUE__COMPLETIONS);
		createEAttribute(completionQueueEClass, COMPLETION_QUEUE__MMIO_DOORBELLS);
		createEAttribute(completionQueueEClass, COMPLETION_QUEUE__SKIPPED_DOORBELLS);
		createEAttribute(completionQueueEClass, COMPLETION_QUEUE__INTERRUPTS);
		createEReference(completionQueueEClass, COMPLETION_QUEUE__ENTRIES);
		createEAttribute(completionQueueEClass, COMPLETION_QUEUE__LABEL);

		submissionEntryEClass = createEClass(SUBMISSION_ENTRY);
		createEAttribute(submissionEntryEClass, SUBMISSION_ENTRY__SLOT);
		createEAttribute(submissionEntryEClass, SUBMISSION_ENTRY__CID);
		createEAttribute(submissionEntryEClass, SUBMISSION_ENTRY__OPCODE);
		createEAttribute(submissionEntryEClass, SUBMISSION_ENTRY__STATE);
		createEAttribute(submissionEntryEClass, SUBMISSION_ENTRY__LABEL);

		completionEntryEClass = createEClass(COMPLETION_ENTRY);
		createEAttribute(completionEntryEClass, COMPLETION_ENTRY__SLOT);
		createEAttribute(completionEntryEClass, COMPLETION_ENTRY__CID);
		createEAttribute(completionEntryEClass, COMPLETION_ENTRY__SQID);
		createEAttribute(completionEntryEClass, COMPLETION_ENTRY__PHASE);
		createEAttribute(completionEntryEClass, COMPLETION_ENTRY__CONSUMED);
		createEAttribute(completionEntryEClass, COMPLETION_ENTRY__LABEL);

		doorbellRegisterEClass = createEClass(DOORBELL_REGISTER);
		createEAttribute(doorbellRegisterEClass, DOORBELL_REGISTER__QID);
		createEAttribute(doorbellRegisterEClass, DOORBELL_REGISTER__KIND);
		createEAttribute(doorbellRegisterEClass, DOORBELL_REGISTER__OFFSET);
		createEAttribute(doorbellRegisterEClass, DOORBELL_REGISTER__VALUE);
		createEAttribute(doorbellRegisterEClass, DOORBELL_REGISTER__WRITES);
		createEAttribute(doorbellRegisterEClass, DOORBELL_REGISTER__SKIPPED);
		createEAttribute(doorbellRegisterEClass, DOORBELL_REGISTER__LABEL);

		bufferValueEClass = createEClass(BUFFER_VALUE);
		createEAttribute(bufferValueEClass, BUFFER_VALUE__QID);
		createEAttribute(bufferValueEClass, BUFFER_VALUE__KIND);
		createEAttribute(bufferValueEClass, BUFFER_VALUE__VALUE);
		createEAttribute(bufferValueEClass, BUFFER_VALUE__LABEL);

		shadowDoorbellBufferEClass = createEClass(SHADOW_DOORBELL_BUFFER);
		createEAttribute(shadowDoorbellBufferEClass, SHADOW_DOORBELL_BUFFER__ADDRESS);
		createEAttribute(shadowDoorbellBufferEClass, SHADOW_DOORBELL_BUFFER__ENABLED);
		createEReference(shadowDoorbellBufferEClass, SHADOW_DOORBELL_BUFFER__VALUES);
		createEAttribute(shadowDoorbellBufferEClass, SHADOW_DOORBELL_BUFFER__LABEL);

		eventIdxBufferEClass = createEClass(EVENT_IDX_BUFFER);
		createEAttribute(eventIdxBufferEClass, EVENT_IDX_BUFFER__ADDRESS);
		createEAttribute(eventIdxBufferEClass, EVENT_IDX_BUFFER__ENABLED);
		createEReference(eventIdxBufferEClass, EVENT_IDX_BUFFER__VALUES);
		createEAttribute(eventIdxBufferEClass, EVENT_IDX_BUFFER__LABEL);

		// Create enums
		slotStateEEnum = createEEnum(SLOT_STATE);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Obtain other dependent packages
		TracePackage theTracePackage = (TracePackage)EPackage.Registry.INSTANCE.getEPackage(TracePackage.eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		controllerEClass.getESuperTypes().add(theTracePackage.getDevice());
		queuePairEClass.getESuperTypes().add(theTracePackage.getQueue());

		// Initialize classes, features, and operations; add parameters
		initEClass(controllerEClass, Controller.class, "Controller", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getController_Dstrd(), ecorePackage.getEInt(), "dstrd", null, 0, 1, Controller.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getController_ShadowDoorbells(), ecorePackage.getEBoolean(), "shadowDoorbells", null, 0, 1, Controller.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getController_Doorbells(), this.getDoorbellRegister(), null, "doorbells", null, 0, -1, Controller.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getController_ShadowBuffer(), this.getShadowDoorbellBuffer(), null, "shadowBuffer", null, 0, 1, Controller.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getController_EventIdxBuffer(), this.getEventIdxBuffer(), null, "eventIdxBuffer", null, 0, 1, Controller.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(queuePairEClass, QueuePair.class, "QueuePair", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getQueuePair_Sq(), this.getSubmissionQueue(), null, "sq", null, 0, 1, QueuePair.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getQueuePair_Cq(), this.getCompletionQueue(), null, "cq", null, 0, 1, QueuePair.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(submissionQueueEClass, SubmissionQueue.class, "SubmissionQueue", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSubmissionQueue_Qid(), ecorePackage.getEInt(), "qid", null, 0, 1, SubmissionQueue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSubmissionQueue_Size(), ecorePackage.getEInt(), "size", null, 0, 1, SubmissionQueue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSubmissionQueue_Cqid(), ecorePackage.getEInt(), "cqid", null, 0, 1, SubmissionQueue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSubmissionQueue_Address(), ecorePackage.getELong(), "address", null, 0, 1, SubmissionQueue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSubmissionQueue_Created(), ecorePackage.getEBoolean(), "created", null, 0, 1, SubmissionQueue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSubmissionQueue_Head(), ecorePackage.getEInt(), "head", null, 0, 1, SubmissionQueue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSubmissionQueue_HostTail(), ecorePackage.getEInt(), "hostTail", null, 0, 1, SubmissionQueue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSubmissionQueue_PublishedTail(), ecorePackage.getEInt(), "publishedTail", null, 0, 1, SubmissionQueue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSubmissionQueue_ControllerTail(), ecorePackage.getEInt(), "controllerTail", null, 0, 1, SubmissionQueue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSubmissionQueue_Doorbell(), ecorePackage.getEInt(), "doorbell", null, 0, 1, SubmissionQueue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSubmissionQueue_Pending(), ecorePackage.getEInt(), "pending", null, 0, 1, SubmissionQueue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSubmissionQueue_Commands(), ecorePackage.getELong(), "commands", null, 0, 1, SubmissionQueue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSubmissionQueue_MmioDoorbells(), ecorePackage.getELong(), "mmioDoorbells", null, 0, 1, SubmissionQueue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSubmissionQueue_SkippedDoorbells(), ecorePackage.getELong(), "skippedDoorbells", null, 0, 1, SubmissionQueue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSubmissionQueue_ShadowUpdates(), ecorePackage.getELong(), "shadowUpdates", null, 0, 1, SubmissionQueue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSubmissionQueue_Entries(), this.getSubmissionEntry(), null, "entries", null, 0, -1, SubmissionQueue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSubmissionQueue_Label(), ecorePackage.getEString(), "label", null, 0, 1, SubmissionQueue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(completionQueueEClass, CompletionQueue.class, "CompletionQueue", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCompletionQueue_Qid(), ecorePackage.getEInt(), "qid", null, 0, 1, CompletionQueue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCompletionQueue_Size(), ecorePackage.getEInt(), "size", null, 0, 1, CompletionQueue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCompletionQueue_Vector(), ecorePackage.getEInt(), "vector", null, 0, 1, CompletionQueue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCompletionQueue_Address(), ecorePackage.getELong(), "address", null, 0, 1, CompletionQueue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCompletionQueue_Created(), ecorePackage.getEBoolean(), "created", null, 0, 1, CompletionQueue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCompletionQueue_Tail(), ecorePackage.getEInt(), "tail", null, 0, 1, CompletionQueue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCompletionQueue_Phase(), ecorePackage.getEInt(), "phase", null, 0, 1, CompletionQueue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCompletionQueue_ControllerHead(), ecorePackage.getEInt(), "controllerHead", null, 0, 1, CompletionQueue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCompletionQueue_HostHead(), ecorePackage.getEInt(), "hostHead", null, 0, 1, CompletionQueue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCompletionQueue_HostPhase(), ecorePackage.getEInt(), "hostPhase", null, 0, 1, CompletionQueue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCompletionQueue_Doorbell(), ecorePackage.getEInt(), "doorbell", null, 0, 1, CompletionQueue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCompletionQueue_Unconsumed(), ecorePackage.getEInt(), "unconsumed", null, 0, 1, CompletionQueue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCompletionQueue_Completions(), ecorePackage.getELong(), "completions", null, 0, 1, CompletionQueue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCompletionQueue_MmioDoorbells(), ecorePackage.getELong(), "mmioDoorbells", null, 0, 1, CompletionQueue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCompletionQueue_SkippedDoorbells(), ecorePackage.getELong(), "skippedDoorbells", null, 0, 1, CompletionQueue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCompletionQueue_Interrupts(), ecorePackage.getELong(), "interrupts", null, 0, 1, CompletionQueue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCompletionQueue_Entries(), this.getCompletionEntry(), null, "entries", null, 0, -1, CompletionQueue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCompletionQueue_Label(), ecorePackage.getEString(), "label", null, 0, 1, CompletionQueue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(submissionEntryEClass, SubmissionEntry.class, "SubmissionEntry", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSubmissionEntry_Slot(), ecorePackage.getEInt(), "slot", null, 0, 1, SubmissionEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSubmissionEntry_Cid(), ecorePackage.getEInt(), "cid", null, 0, 1, SubmissionEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSubmissionEntry_Opcode(), ecorePackage.getEInt(), "opcode", null, 0, 1, SubmissionEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSubmissionEntry_State(), this.getSlotState(), "state", null, 0, 1, SubmissionEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSubmissionEntry_Label(), ecorePackage.getEString(), "label", null, 0, 1, SubmissionEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(completionEntryEClass, CompletionEntry.class, "CompletionEntry", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCompletionEntry_Slot(), ecorePackage.getEInt(), "slot", null, 0, 1, CompletionEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCompletionEntry_Cid(), ecorePackage.getEInt(), "cid", null, 0, 1, CompletionEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCompletionEntry_Sqid(), ecorePackage.getEInt(), "sqid", null, 0, 1, CompletionEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCompletionEntry_Phase(), ecorePackage.getEInt(), "phase", null, 0, 1, CompletionEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCompletionEntry_Consumed(), ecorePackage.getEBoolean(), "consumed", null, 0, 1, CompletionEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCompletionEntry_Label(), ecorePackage.getEString(), "label", null, 0, 1, CompletionEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(doorbellRegisterEClass, DoorbellRegister.class, "DoorbellRegister", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDoorbellRegister_Qid(), ecorePackage.getEInt(), "qid", null, 0, 1, DoorbellRegister.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDoorbellRegister_Kind(), ecorePackage.getEString(), "kind", null, 0, 1, DoorbellRegister.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDoorbellRegister_Offset(), ecorePackage.getELong(), "offset", null, 0, 1, DoorbellRegister.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDoorbellRegister_Value(), ecorePackage.getEInt(), "value", null, 0, 1, DoorbellRegister.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDoorbellRegister_Writes(), ecorePackage.getELong(), "writes", null, 0, 1, DoorbellRegister.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDoorbellRegister_Skipped(), ecorePackage.getELong(), "skipped", null, 0, 1, DoorbellRegister.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDoorbellRegister_Label(), ecorePackage.getEString(), "label", null, 0, 1, DoorbellRegister.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(bufferValueEClass, BufferValue.class, "BufferValue", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getBufferValue_Qid(), ecorePackage.getEInt(), "qid", null, 0, 1, BufferValue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBufferValue_Kind(), ecorePackage.getEString(), "kind", null, 0, 1, BufferValue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBufferValue_Value(), ecorePackage.getEInt(), "value", null, 0, 1, BufferValue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBufferValue_Label(), ecorePackage.getEString(), "label", null, 0, 1, BufferValue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(shadowDoorbellBufferEClass, ShadowDoorbellBuffer.class, "ShadowDoorbellBuffer", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getShadowDoorbellBuffer_Address(), ecorePackage.getELong(), "address", null, 0, 1, ShadowDoorbellBuffer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getShadowDoorbellBuffer_Enabled(), ecorePackage.getEBoolean(), "enabled", null, 0, 1, ShadowDoorbellBuffer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getShadowDoorbellBuffer_Values(), this.getBufferValue(), null, "values", null, 0, -1, ShadowDoorbellBuffer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getShadowDoorbellBuffer_Label(), ecorePackage.getEString(), "label", null, 0, 1, ShadowDoorbellBuffer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(eventIdxBufferEClass, EventIdxBuffer.class, "EventIdxBuffer", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getEventIdxBuffer_Address(), ecorePackage.getELong(), "address", null, 0, 1, EventIdxBuffer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEventIdxBuffer_Enabled(), ecorePackage.getEBoolean(), "enabled", null, 0, 1, EventIdxBuffer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEventIdxBuffer_Values(), this.getBufferValue(), null, "values", null, 0, -1, EventIdxBuffer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEventIdxBuffer_Label(), ecorePackage.getEString(), "label", null, 0, 1, EventIdxBuffer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(slotStateEEnum, SlotState.class, "SlotState");
		addEEnumLiteral(slotStateEEnum, SlotState.FREE);
		addEEnumLiteral(slotStateEEnum, SlotState.WRITTEN);
		addEEnumLiteral(slotStateEEnum, SlotState.PUBLISHED);
		addEEnumLiteral(slotStateEEnum, SlotState.FETCHED);

		// Create resource
		createResource(eNS_URI);
	}

} //NvmePackageImpl
